import { DaybriefError } from "../errors.ts";
import type { Briefing } from "../model/briefing.ts";
import {
  type BriefingEdit,
  type CuratedEntry,
  curateBriefing,
  type EditField,
  type EditValue,
  MAX_ADDED,
  moveWithinBand,
  ORDER_ENTRY,
  parseResourceTarget,
  reorderWithinBands,
  resourceOf,
} from "../model/curation.ts";
import { DraftStateError } from "../pipeline/publish-draft.ts";
import type { DraftStatus, DraftSummary } from "../store/index.ts";
import type { QueryContext } from "./context.ts";
import { recheck, recheckResource, textAt } from "./review-recheck.ts";

/**
 * Curation (docs/review.md): the drafts awaiting review, one draft with its edits folded over it,
 * an editor's edit (re-verified when it changes text) and a discard. Publishing runs the pipeline's
 * publish and deliver steps, so front ends call it through their actions (pipeline/publish-draft.ts).
 */

/** Publishing refuses a missing or decided draft with this (pipeline/publish-draft.ts). */
export { DraftStateError };

/** Why a review action is refused, as data; front ends word it (web: Chinese, API: problem+json). */
export type ReviewErrorCode = "no_draft" | "decided" | "no_entry" | "bad_edit" | "cannot_move";

export class ReviewError extends DaybriefError {
  override name = "ReviewError";
  constructor(
    readonly code: ReviewErrorCode,
    message: string,
    /** code "decided": what the draft already is. */
    readonly status?: DraftStatus,
  ) {
    super(message);
  }
}

/** One day under review: the draft, its entries as curated (hidden ones too), the audit trail. */
export interface ReviewView {
  draft: DraftSummary;
  /** What Publish would publish now (without the footer's review line). */
  briefing: Briefing;
  entries: CuratedEntry[];
  /** Every edit of the day, oldest first. */
  edits: BriefingEdit[];
}

/** Drafts, newest first; `status` "draft" lists those awaiting review. */
export async function listDrafts(ctx: QueryContext, status?: DraftStatus): Promise<DraftSummary[]> {
  return ctx.store.listDrafts(status, ctx.config.briefing.id);
}

/** A day's draft state (no body), or undefined when the day never had one. */
export async function draftStateOf(ctx: QueryContext, date: string): Promise<DraftSummary | undefined> {
  const draft = await ctx.store.getDraft(date, ctx.config.briefing.id);
  if (!draft) return undefined;
  const { briefing: _body, ...summary } = draft;
  return summary;
}

/** A day under review (or already decided: read-only), or undefined when it has no draft. */
export async function getReview(ctx: QueryContext, date: string): Promise<ReviewView | undefined> {
  const draft = await ctx.store.getDraft(date, ctx.config.briefing.id);
  if (!draft) return undefined;
  const edits = await ctx.store.listBriefingEdits(date, ctx.config.briefing.id);
  const curated = curateBriefing(draft.briefing, edits);
  const { briefing: _body, ...summary } = draft;
  return { draft: summary, briefing: curated.briefing, entries: curated.entries, edits };
}

/** An editor's request; `move` is stored as the whole new order (field "order"). */
export type EditRequest =
  | { action: "hide" | "pin"; entryId: string; value: boolean }
  | { action: "stars"; entryId: string; value: number }
  | { action: "title" | "summary"; entryId: string; value: string }
  /** A bullet's text ("" removes it); `label` names it (an added bullet without one takes its section's). */
  | { action: "bullet"; entryId: string; target: string; value: string; label?: string }
  | { action: "move"; entryId: string; direction: "up" | "down" }
  /** Set, add (an index past the draft's) or remove ([]) a resource: [label, url]. */
  | { action: "resource"; entryId: string; target: string; value: string[] }
  /** The whole order after a drag (entry ids, visible ones); each entry must stay in its band. */
  | { action: "order"; entryId: string; order: string[] };

export interface EditOutcome {
  edit: BriefingEdit;
  /** The entry as curated after the edit. */
  entry?: CuratedEntry;
}

const MAX_TEXT = 2000;
/** A bullet's label: a short name, as the analysis gives ("方法", "参数规模"). */
const MAX_LABEL = 40;

/**
 * Stores one edit of an undecided draft as an audit row (before, after, who, when). Edited text is
 * verified again against the article through the build's own wiring (pipeline/verification.ts):
 * the claims it does not support are kept on the row; the review page shows them and the entry is
 * published marked 编辑添加 unless the editor reverts the edit. Throws ReviewError.
 */
export async function editDraft(
  ctx: QueryContext,
  date: string,
  request: EditRequest,
  by: { user: string; now: Date },
): Promise<EditOutcome> {
  const view = await getReview(ctx, date);
  if (!view) throw new ReviewError("no_draft", `no draft for ${date}`);
  if (view.draft.status !== "draft")
    throw new ReviewError(
      "decided",
      `the draft of ${date} is already ${view.draft.status}`,
      view.draft.status,
    );
  const current = view.entries.find((e) => e.entryId === request.entryId);
  if (!current) throw new ReviewError("no_entry", `the draft of ${date} has no entry ${request.entryId}`);
  const base = { date, user: by.user, at: by.now.toISOString() };
  let edit: Omit<BriefingEdit, "id">;
  switch (request.action) {
    case "hide":
    case "pin": {
      if (typeof request.value !== "boolean") throw new ReviewError("bad_edit", "hide / pin: true or false");
      const before = request.action === "hide" ? current.hidden : current.pinned;
      edit = { ...base, entryId: current.entryId, field: request.action, before, after: request.value };
      break;
    }
    case "stars": {
      const stars = request.value;
      if (!Number.isInteger(stars) || stars < 1 || stars > 5)
        throw new ReviewError("bad_edit", "stars: 1 to 5");
      edit = {
        ...base,
        entryId: current.entryId,
        field: "stars",
        before: current.item.entry.stars,
        after: stars,
      };
      break;
    }
    case "title":
    case "summary":
    case "bullet": {
      const where = request.action === "bullet" ? request.target : request.action;
      const value = typeof request.value === "string" ? request.value.trim() : "";
      if (value.length > MAX_TEXT)
        throw new ReviewError("bad_edit", `text longer than ${MAX_TEXT} characters`);
      const before = textAt(current, where, view.edits);
      if (before === undefined) throw new ReviewError("bad_edit", `no such place: ${where}`);
      if (value === "" && request.action !== "bullet")
        throw new ReviewError("bad_edit", `${request.action} cannot be empty`);
      const label =
        request.action === "bullet" && typeof request.label === "string" ? request.label.trim() : "";
      if (label.length > MAX_LABEL)
        throw new ReviewError("bad_edit", `label longer than ${MAX_LABEL} characters`);
      const field: EditField = request.action;
      edit = {
        ...base,
        entryId: current.entryId,
        field,
        ...(request.action === "bullet" ? { target: where } : {}),
        before,
        // A bullet's label goes with its text ([label, text]); a removal ("") has none.
        after: label && value ? [label, value] : value,
        unsupported: value === "" ? [] : await recheck(ctx, current, where, value, label || undefined),
      };
      break;
    }
    case "resource": {
      const index = parseResourceTarget(request.target);
      if (index === undefined || index >= current.draft.resources.length + MAX_ADDED)
        throw new ReviewError("bad_edit", `no such place: ${request.target}`);
      const value = Array.isArray(request.value) ? request.value.map((v) => String(v).trim()) : [];
      const resource = value.length === 0 ? undefined : resourceOf(value);
      if (value.length > 0 && !resource)
        throw new ReviewError("bad_edit", "a resource needs a label and an http(s) URL");
      if (resource && (resource.label.length > 200 || resource.url.length > MAX_TEXT))
        throw new ReviewError("bad_edit", "resource label or URL too long");
      const last = view.edits.findLast(
        (e) => e.entryId === current.entryId && e.field === "resource" && e.target === request.target,
      );
      const own = current.draft.resources[index];
      const before: EditValue = last ? last.after : own ? [own.label, own.url] : [];
      edit = {
        ...base,
        entryId: current.entryId,
        field: "resource",
        target: request.target,
        before,
        after: resource ? [resource.label, resource.url] : [],
        unsupported: resource ? await recheckResource(ctx, current, index, resource) : [],
      };
      break;
    }
    case "order":
    case "move": {
      const order =
        request.action === "order"
          ? reorderWithinBands(view.entries, request.order)
          : moveWithinBand(view.entries, current.entryId, request.direction === "up" ? -1 : 1);
      if (!order)
        throw new ReviewError(
          "cannot_move",
          request.action === "order"
            ? "the new order moves an entry out of its band or does not name every shown entry once"
            : `entry ${current.entryId} cannot move ${request.direction} within its band`,
        );
      // The same shape as the new order: the visible entries, then the hidden ones.
      const before: EditValue = [
        ...view.entries.filter((e) => !e.hidden),
        ...view.entries.filter((e) => e.hidden),
      ].map((e) => e.entryId);
      edit = { ...base, entryId: ORDER_ENTRY, field: "order", before, after: order };
      break;
    }
    default:
      throw new ReviewError("bad_edit", "unknown action");
  }
  const id = await ctx.store.addBriefingEdit({ ...edit, briefingId: ctx.config.briefing.id });
  const after = await getReview(ctx, date);
  return { edit: { ...edit, id }, entry: after?.entries.find((e) => e.entryId === current.entryId) };
}

/** Discards an undecided draft: nothing is published; its edits stay as the audit trail. */
export async function discardDraft(
  ctx: QueryContext,
  date: string,
  by: { user: string; now: Date },
): Promise<void> {
  const draft = await ctx.store.getDraft(date, ctx.config.briefing.id);
  if (!draft) throw new ReviewError("no_draft", `no draft for ${date}`);
  const done = await ctx.store.decideDraft(
    date,
    { status: "discarded", by: by.user, at: by.now.toISOString() },
    ctx.config.briefing.id,
  );
  if (!done)
    throw new ReviewError("decided", `the draft of ${date} is already ${draft.status}`, draft.status);
}
