// What a browser test audits on a rendered page: lang, landmarks, labelled fields and named charts,
// and the WCAG contrast of every text element (test/web-browser.test.ts).
import type { Page } from "playwright-core";

/** Lang, landmarks, labels and WCAG contrast of every text element (its colour over the first opaque background up the tree). */
export function auditPage(page: Page) {
  return page.evaluate(() => {
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const opaque = (c: string) => !/rgba\(.*,\s*0\)$/.test(c) && c !== "transparent";
    const backgroundOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (opaque(bg)) return bg;
      }
      return "rgb(255, 255, 255)";
    };
    const lowContrast: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      if (el.closest("svg") || ["SCRIPT", "STYLE", "OPTION"].includes(el.tagName)) continue;
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!own) continue;
      const style = getComputedStyle(el);
      if (
        style.visibility === "hidden" ||
        style.display === "none" ||
        (el as HTMLElement).offsetParent === null
      )
        continue;
      const a = lum(style.color);
      const b = lum(backgroundOf(el));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5)
        lowContrast.push(
          `${el.tagName}.${el.className} "${el.textContent!.trim().slice(0, 20)}" ${ratio.toFixed(2)}`,
        );
    }
    const fields = Array.from(document.querySelectorAll("input, select, textarea")).filter(
      (f) => (f as HTMLInputElement).type !== "hidden",
    );
    const unlabelled = fields
      .filter(
        (f) => !(f.id && document.querySelector(`label[for="${f.id}"]`)) && !f.getAttribute("aria-label"),
      )
      .map((f) => f.outerHTML.slice(0, 60));
    const unnamedImages = Array.from(document.querySelectorAll('[role="img"], img'))
      .filter((el) => {
        const ids = el.getAttribute("aria-labelledby")?.split(" ") ?? [];
        return (
          !(ids.length && ids.every((id: string) => document.getElementById(id)?.textContent?.trim())) &&
          !el.getAttribute("alt")
        );
      })
      .map((el) => el.outerHTML.slice(0, 60));
    return {
      lang: document.documentElement.lang,
      landmarks: {
        main: document.querySelectorAll("main").length,
        header: document.querySelectorAll("body > header").length,
        nav: document.querySelector("header nav[aria-label]") !== null,
        footer: document.querySelectorAll("body > footer").length,
      },
      unlabelled,
      unnamedImages,
      lowContrast: [...new Set(lowContrast)].slice(0, 10),
    };
  });
}
