import { csv } from "../../export/csv";
import { downloadFile } from "../../export/download-file";
import { routes } from "../../navigation/routes";
import type { Guide } from "./GuideResourceCard";

/** The guide as rows for a spreadsheet: one per resource card, with its step and reason. */
export function guideRows(guide: Guide, base: string): (string | number | null)[][] {
  return [
    ["step", "question", "resource", "kind", "year", "easy_read", "why", "summary", "url", "explorer_link"],
    ...guide.steps.flatMap((step, i) =>
      step.cards.map((c) => [
        i + 1,
        step.question,
        c.resource.label,
        c.resource.kind,
        c.resource.year,
        c.resource.easyRead ? "yes" : "",
        c.why,
        c.resource.summary,
        c.resource.url,
        `${base}${routes.node(c.resource.id)}`,
      ]),
    ),
  ];
}

export function downloadGuide(guide: Guide): void {
  downloadFile(
    `rrn-route-${guide.id}.csv`,
    new Blob([csv(guideRows(guide, window.location.origin))], { type: "text/csv" }),
  );
}
