// Whitespace and comments out of Lit's html`…`, svg`…` and css`…` templates, for the minified
// browser build (scripts/build/options.mjs). esbuild minifies code but leaves template text as
// written, and the indentation of every template and stylesheet would otherwise ship in each
// widget (the size budget, widgets/README.md).
//
//   html/svg  a run of whitespace that holds a line break becomes one space: the browser collapses
//             it to one space anyway (the widgets use no <pre> and no white-space: pre text in
//             templates; a <textarea>'s content is set through its value, never written inline)
//   css       comments go; whitespace runs become one space, none around { } ; , nor after a
//             colon (a selector's pseudo-class colon is never followed by a space)
//
// Only the literal text between ${…} changes; TypeScript's parser finds the templates, so strings
// and nested templates are handled as the compiler sees them.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');
// Blind to CSS strings: a quoted `content: 'a: b'` would lose its spaces too. None is written.
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':');

/** The source with its Lit templates' text minified; unchanged when it has none. */
export function minifyTemplates(source, fileName) {
  if (!/\b(html|svg|css)`/.test(source)) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** [start, end, replacement] of each literal part, in source order. */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyMarkup;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The raw text sits between the part's delimiters: ` or } before, ` or ${ after.
        const start = part.getStart(file) + 1;
        const end =
          part.getEnd() -
          (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        edits.push([start, end, minify(source.slice(start, end))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += source.slice(at, start) + text;
    at = end;
  }
  return out + source.slice(at);
}
