import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { normaliseText } from "@rrn/graph-seed";

/** A link on the page as it is written there: where it goes and the words it is on. */
export interface PageLink {
  url: string;
  text: string;
}

/** One entry of the source page: its title, its whole text (normalised) and its links. */
export interface PageItem {
  title: string;
  text: string;
  links: PageLink[];
}

export interface SourcePage {
  items: PageItem[];
  /** Every block's text, normalised and joined: what an evidence quote must still be part of. */
  text: string;
}

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, td, th";
const HEADINGS = new Set(["h2", "h3", "h4", "h5", "h6"]);

/**
 * Reads the page's entries with cheerio (parse5 underneath: the HTML standard's parsing, so a
 * page with unclosed tags reads as a browser reads it). An entry is an `<article>` where the
 * page has them; otherwise a heading with the blocks under it, or a paragraph or list item
 * before any heading on its own. The page's `<h1>`, navigation, header and footer are not
 * entries. Links are kept when they are http(s) (relative ones resolved against `baseUrl`), so
 * nothing but the page's own words and addresses ever reaches a proposal.
 */
export function readSourcePage(html: string, baseUrl?: string): SourcePage {
  const $ = cheerio.load(html);
  $("script, style, noscript, template, nav, header, footer").remove();
  const root = $("main").first().length ? $("main").first() : $("body");
  const leafBlocks = (scope: cheerio.Cheerio<AnyNode>) =>
    scope.find(BLOCKS).filter((_i, el) => $(el).find(BLOCKS).length === 0);
  const textOf = (el: AnyNode) => normaliseText($(el).text());
  const linksOf = (els: readonly AnyNode[]): PageLink[] =>
    els.flatMap((el) =>
      $(el)
        .find("a[href]")
        .toArray()
        .flatMap((a) => {
          const url = httpUrl($(a).attr("href") ?? "", baseUrl);
          return url ? [{ url, text: normaliseText($(a).text()) }] : [];
        }),
    );
  const item = (blocks: readonly Element[], heading?: Element): PageItem | null => {
    const all = heading ? [heading, ...blocks] : blocks;
    const text = all.map(textOf).filter(Boolean).join(" ");
    if (!text) return null;
    const lead = heading ? textOf(heading) : leadOf($, blocks[0]!);
    return { title: lead || firstWords(text), text, links: linksOf(all) };
  };

  const pageText = leafBlocks(root).toArray().map(textOf).filter(Boolean).join(" ");
  const articles = root.find("article").toArray();
  if (articles.length > 0) {
    const items = articles.flatMap((article) => {
      const blocks = leafBlocks($(article)).toArray();
      const heading = blocks.find((b) => HEADINGS.has(b.tagName) || b.tagName === "h1");
      return (
        item(
          blocks.filter((b) => b !== heading),
          heading,
        ) ?? []
      );
    });
    return { items, text: pageText };
  }

  const items: PageItem[] = [];
  let group: { heading: Element; blocks: Element[] } | null = null;
  const close = () => {
    const made = group && item(group.blocks, group.heading);
    if (made) items.push(made);
    group = null;
  };
  for (const el of leafBlocks(root).toArray()) {
    if (el.tagName === "h1") continue;
    if (HEADINGS.has(el.tagName)) {
      close();
      group = { heading: el, blocks: [] };
    } else if (group) {
      group.blocks.push(el);
    } else {
      const made = item([el]);
      if (made) items.push(made);
    }
  }
  close();
  return { items, text: pageText };
}

/** A bold or linked lead-in at the start of a paragraph names its entry. */
function leadOf($: cheerio.CheerioAPI, block: Element): string {
  const first = $(block).children().first();
  if (!first.length || !["strong", "b", "a"].includes(first.prop("tagName")?.toLowerCase() ?? "")) return "";
  const lead = normaliseText(first.text());
  return normaliseText($(block).text()).startsWith(lead) ? lead : "";
}

/** An entry without a heading is named by its opening words, up to a dash or the tenth word. */
function firstWords(text: string): string {
  const beforeDash = text.split(/ - /)[0]!;
  const words = beforeDash.split(" ");
  return words.length <= 12 ? beforeDash : `${words.slice(0, 10).join(" ")} …`;
}

function httpUrl(href: string, base: string | undefined): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
