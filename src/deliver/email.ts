/**
 * Email over SMTP with nodemailer: one message, HTML with the Markdown as its plain-text
 * alternative, subject "AI 每日情报 | <date>". Never split.
 */
import { createTransport } from "nodemailer";
import type { Channel } from "./channel.ts";
import { ChannelError } from "./post-json.ts";
import { redactText } from "./redact.ts";

export interface EmailOptions {
  host: string;
  port: number;
  /** true for implicit TLS (465); false uses STARTTLS when offered. */
  secure: boolean;
  /** Skip STARTTLS even when offered (local test servers). */
  ignoreTLS?: boolean;
  user?: string;
  pass?: string;
  from: string;
  to: string[];
}

/** SMTP reply codes 4xx are transient by definition (RFC 5321 §4.2.1). */
function isTransient(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  if (typeof e.responseCode === "number") return e.responseCode >= 400 && e.responseCode < 500;
  return ["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNRESET"].includes(e.code ?? "");
}

/** No SMTP reply, but the connection was up: the message may have been taken (a lost 250 after DATA). */
function mayHaveBeenTaken(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  return typeof e.responseCode !== "number" && ["ETIMEDOUT", "ESOCKET", "ECONNRESET"].includes(e.code ?? "");
}

export function createEmailChannel(o: EmailOptions): Channel {
  const secrets = [...(o.pass ? [o.pass] : [])];
  return {
    type: "email",
    limit: { unit: "bytes", max: Number.POSITIVE_INFINITY },
    minIntervalMs: 0,
    secrets,
    layout: "whole",
    format: ({ rendered }) => [rendered.html],
    async send(part, ctx) {
      const transport = createTransport({
        host: o.host,
        port: o.port,
        secure: o.secure,
        ignoreTLS: o.ignoreTLS,
        auth: o.user ? { user: o.user, pass: o.pass ?? "" } : undefined,
        connectionTimeout: ctx.timeoutMs ?? 30_000,
        greetingTimeout: ctx.timeoutMs ?? 30_000,
        socketTimeout: ctx.timeoutMs ?? 60_000,
      });
      try {
        await transport.sendMail({
          from: o.from,
          to: o.to,
          subject: part.heading,
          // The same Message-ID for every attempt of these entries: mail stores and clients that
          // de-duplicate by Message-ID show a repeat once.
          messageId: `<${part.deliveryId}@daybrief.invalid>`,
          html: part.body,
          text: part.rendered.markdown,
        });
      } catch (error) {
        const message = redactText(error instanceof Error ? error.message : String(error), secrets);
        const e = error as { responseCode?: number; code?: string };
        throw new ChannelError(`email: ${o.host}: ${message}`, "email", isTransient(error), {
          status: e.responseCode,
          code: e.code,
          unknownOutcome: mayHaveBeenTaken(error),
        });
      } finally {
        transport.close();
      }
    },
  };
}
