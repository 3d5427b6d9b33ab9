// What Word and Google Docs put on the clipboard, made into the HTML the editor's schema reads:
// Word's lists are paragraphs styled "mso-list" with a typed bullet or number in front; Docs nests a
// list as the sibling of the item it belongs to; both use h1 for what is a story's top subhead
// (h2). Bold, italic, links and tables already parse as they are (TipTap reads Docs' inline styles).

/** A story's subheads run h2 to h4 (the page's h1 is the headline). */
const TOP = 2;
const BOTTOM = 4;

const WORD_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
// Word types the marker: "1." "a)" "iv." "(2)" for numbered lists, a symbol for bullets.
const NUMBERED = /^\(?[0-9a-z]{1,6}[.)]$/i;

/**
 * The editor's `transformPastedHTML` (in the browser). A copy from the editor itself (ProseMirror
 * marks it `data-pm-slice`) is already in the schema's shape and passes untouched: shifting its
 * subheads would change what the writer copied.
 */
export function tidyPastedHtml(html: string): string {
  if (/data-pm-slice/.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, "text/html");
  tidyPastedDocument(doc);
  return doc.body.innerHTML;
}

/** Tidies a parsed clipboard document in place, for the editor to read its body. */
export function tidyPastedDocument(doc: Document): void {
  wordLists(doc);
  docsNestedLists(doc);
  headingLevels(doc);
}

function wordLevel(el: Element): { list: string; level: number } | null {
  const m = WORD_LIST.exec(el.getAttribute("style") ?? "");
  return m ? { list: m[1]!, level: Number(m[2]) } : null;
}

/** Takes out Word's typed marker (and its spacing), returning the marker's text. */
function takeMarker(p: Element): string {
  const ignored = [...p.querySelectorAll("span")].find((s) =>
    /mso-list:\s*ignore/i.test(s.getAttribute("style") ?? ""),
  );
  if (!ignored) return "";
  const marker = (ignored.firstChild?.textContent ?? ignored.textContent ?? "").replace(/\u00a0/g, " ").trim();
  // The marker sits in up to two wrapping spans (its font); take the outermost that holds only it.
  let gone: Element = ignored;
  while (gone.parentElement && gone.parentElement !== p && gone.parentElement.textContent === gone.textContent)
    gone = gone.parentElement;
  gone.remove();
  return marker;
}

/** Word's list paragraphs become nested <ul>/<ol> with <li>, by their level. */
function wordLists(doc: Document): void {
  const paragraphs = [...doc.querySelectorAll("p")].filter((p) => wordLevel(p));
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    // A run of list paragraphs, one after the other, is one list.
    const run: Element[] = [];
    for (let el: Element | null = first; el && wordLevel(el); el = el.nextElementSibling) {
      run.push(el);
      done.add(el);
    }
    const stack: { level: number; list: Element }[] = [];
    let root: Element | null = null;
    for (const p of run) {
      const { level } = wordLevel(p)!;
      const ordered = NUMBERED.test(takeMarker(p));
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
      let top = stack[stack.length - 1];
      if (!top || top.level < level) {
        const list = doc.createElement(ordered ? "ol" : "ul");
        const parentItem = top?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else if (!root) root = list;
        else root.append(list);
        top = { level, list };
        stack.push(top);
      }
      const item = doc.createElement("li");
      const para = doc.createElement("p");
      para.append(...p.childNodes);
      item.append(para);
      top.list.append(item);
    }
    if (root) first.before(root);
    for (const p of run) p.remove();
  }
}

/** Docs writes a nested list as the next sibling of its item: it goes inside that item. */
function docsNestedLists(doc: Document): void {
  for (const list of [...doc.querySelectorAll("ul > ul, ul > ol, ol > ul, ol > ol")]) {
    const item = list.previousElementSibling;
    if (item?.tagName === "LI") item.append(list);
  }
}

/** The highest heading pasted becomes h2, the others follow it, down to h4. */
function headingLevels(doc: Document): void {
  const headings = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6")];
  if (!headings.length) return;
  const highest = Math.min(...headings.map((h) => Number(h.tagName[1])));
  for (const h of headings) {
    const level = Math.min(BOTTOM, TOP + Number(h.tagName[1]) - highest);
    if (`H${level}` === h.tagName) continue;
    const next = doc.createElement(`h${level}`);
    next.append(...h.childNodes);
    h.replaceWith(next);
  }
}
