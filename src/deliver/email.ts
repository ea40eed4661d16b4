/**
 * Email over SMTP with nodemailer: one message, HTML with the Markdown as its plain-text
 * alternative, subject "AI 每日情报 | <date>". Never split.
 */
import { createTransport } from "nodemailer";
import { DeliveryError } from "../errors.ts";
import type { Channel } from "./channel.ts";
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

export function createEmailChannel(o: EmailOptions): Channel {
  const secrets = [...(o.pass ? [o.pass] : [])];
  return {
    type: "email",
    limit: { unit: "bytes", max: Number.POSITIVE_INFINITY },
    minIntervalMs: 0,
    secrets,
    format: ({ rendered }) => [rendered.html],
    async send(part) {
      const transport = createTransport({
        host: o.host,
        port: o.port,
        secure: o.secure,
        ignoreTLS: o.ignoreTLS,
        auth: o.user ? { user: o.user, pass: o.pass ?? "" } : undefined,
        connectionTimeout: 30_000,
      });
      try {
        await transport.sendMail({
          from: o.from,
          to: o.to,
          subject: `${part.title} | ${part.date}`,
          html: part.body,
          text: part.rendered.markdown,
        });
      } catch (error) {
        const message = redactText(error instanceof Error ? error.message : String(error), secrets);
        const e = error as { responseCode?: number; code?: string };
        throw new DeliveryError(`email: ${o.host}: ${message}`, "email", isTransient(error), {
          status: e.responseCode,
          code: e.code,
        });
      } finally {
        transport.close();
      }
    },
  };
}
