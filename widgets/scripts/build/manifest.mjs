// The Custom Elements Manifest (custom-elements.json): what IDEs, Storybook, linters and the demo's
// Developers page read to learn each cw-* element's attributes, properties, events, slots, parts and
// CSS custom properties. @custom-elements-manifest/analyzer with its Lit plugin reads the element
// classes and their JSDoc (@attr, @fires, @csspart, @cssprop, @slot); the plugin below teaches it
// three things about this code base that it cannot guess:
//
//   - elements are registered with defineElement('cw-…', Class) (src/shared/define.ts), not
//     customElements.define, so it would find no tag names;
//   - the `--cw-*` custom properties every element honours live in one table
//     (src/shared/theme-tokens.ts), not in 26 @cssprop lines to keep in step by hand;
//   - an event is dispatched as `new GoalCreatedEvent(…)`, whose name is the class's static
//     `eventName`; the analyzer records such a dispatch as a nameless event, so it is merged into the
//     @fires entry of the same name (which then carries the event's class as its type).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { widgetsDir } from './elements.mjs';

export const manifestFile = `${widgetsDir}custom-elements.json`;

/**
 * The public surface: the element classes and their base, the define files, the events, the
 * package index, and the theme-token table. Styles, documents and helpers are implementation; their
 * exports would only bury the elements (tests, test helpers and locale modules are not API either).
 */
function sourceFiles() {
  const isPublic = (file) =>
    /^src\/(index|define\/[\w-]+|events\/[\w-]+|shared\/(coachwork-element|define|tabbed-element|theme-tokens))\.ts$/.test(
      file,
    ) || /^src\/([\w-]+)\/\1\.ts$/.test(file);
  return readdirSync(`${widgetsDir}src`, { recursive: true, encoding: 'utf8' })
    .map((file) => `src/${file.split(path.sep).join('/')}`)
    .filter(isPublic)
    .sort();
}

/** @param {import('typescript').Node} node */
function stringValue(node) {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

/** A row's meaning: the `/** … *\/` comment above it (a comment, so widget bundles do not ship it). */
function leadingDoc(sourceFile, node) {
  const ranges = ts.getLeadingCommentRanges(sourceFile.text, node.pos) ?? [];
  const doc = ranges
    .map((range) => sourceFile.text.slice(range.pos, range.end))
    .filter((text) => text.startsWith('/**'))
    .at(-1);
  return doc
    ? doc
        .replace(/^\/\*\*|\*\/$/g, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean)
        .join(' ')
    : '';
}

/** The rows of `themeTokens` as manifest cssProperties (default: the light theme's value). */
function themeTokenProperties(sourceFile) {
  /** @type {{ name: string; description: string; default: string }[]} */
  const tokens = [];
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText() === 'themeTokens' &&
      node.initializer &&
      ts.isArrayLiteralExpression(node.initializer)
    ) {
      for (const row of node.initializer.elements) {
        if (!ts.isObjectLiteralExpression(row)) continue;
        const field = (name) =>
          stringValue(
            row.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name)?.initializer,
          );
        const name = field('name');
        if (name)
          tokens.push({ name, description: leadingDoc(sourceFile, row), default: field('light') ?? '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return tokens;
}

/** Event class name → event name, from `static override readonly eventName = 'cw-…'` in src/events/. */
function eventClassNames(sourceFile) {
  const names = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    for (const member of statement.members) {
      if (ts.isPropertyDeclaration(member) && member.name.getText() === 'eventName') {
        const value = stringValue(member.initializer);
        if (value) names.set(statement.name.text, value);
      }
    }
  }
  return names;
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function coachworkPlugin() {
  /** @type {{ name: string; description: string; default: string }[]} */
  let tokens = [];
  /** @type {Map<string, string>} */
  const eventNames = new Map();
  return {
    name: 'coachwork',
    collectPhase({ node }) {
      if (!ts.isSourceFile(node)) return;
      if (node.fileName === 'src/shared/theme-tokens.ts') tokens = themeTokenProperties(node);
      if (node.fileName.startsWith('src/events/'))
        for (const [klass, name] of eventClassNames(node)) eventNames.set(klass, name);
    },
    analyzePhase({ node, moduleDoc }) {
      // defineElement('cw-goal-tracker', GoalTracker) → a custom-element-definition export
      if (
        !ts.isCallExpression(node) ||
        node.expression.getText() !== 'defineElement' ||
        !ts.isIdentifier(node.arguments[1] ?? node)
      )
        return;
      const tag = stringValue(node.arguments[0]);
      const className = node.arguments[1].getText();
      if (!tag) return;
      const importDeclaration = node
        .getSourceFile()
        .statements.find(
          (s) =>
            ts.isImportDeclaration(s) &&
            s.importClause?.namedBindings &&
            ts.isNamedImports(s.importClause.namedBindings) &&
            s.importClause.namedBindings.elements.some((e) => e.name.text === className),
        );
      const specifier = importDeclaration ? stringValue(importDeclaration.moduleSpecifier) : undefined;
      const module = specifier
        ? path.posix.join(path.posix.dirname(moduleDoc.path), specifier).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag, declaration: { name: className, module } },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      // The core reads defineElement's own customElements.define(tagName, element) as a tag named
      // "tagName"; only the defineElement('cw-…', …) calls above define elements.
      moduleDoc.exports = moduleDoc.exports?.filter(
        (entry) => entry.kind !== 'custom-element-definition' || entry.name.startsWith('cw-'),
      );
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        // The base class carries the theme tokens; inheritance hands them to every element.
        if (declaration.name === 'CoachworkElement') {
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens];
        }
        // ES private fields (#…) are implementation, not API; so is internal reactive state declared
        // in `static properties` (`{ state: true }` on a `private` field), which the Lit plugin would
        // otherwise list as an attribute.
        const internal = new Set(
          (declaration.members ?? []).filter((member) => member.privacy === 'private').map((m) => m.name),
        );
        if (declaration.members)
          declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !attribute.fieldName || !internal.has(attribute.fieldName),
          );
        // A reactive property documented once, as @attr, gets the same words as a property.
        for (const attribute of declaration.attributes ?? []) {
          const field = declaration.members?.find((member) => member.name === attribute.fieldName);
          if (field && !field.description && attribute.description) field.description = attribute.description;
        }
        if (!declaration.events) continue;
        const named = declaration.events.filter((event) => event.name);
        for (const event of declaration.events) {
          if (event.name) continue;
          const eventName = eventNames.get(event.type?.text ?? '');
          const documented = named.find((candidate) => candidate.name === eventName);
          if (eventName && !documented)
            throw new Error(
              `${declaration.name} dispatches ${eventName} without a @fires ${eventName} line in its JSDoc`,
            );
          if (documented) documented.type = event.type;
        }
        for (const event of named) {
          const className = [...eventNames].find(([, name]) => name === event.name)?.[0];
          if (className && !event.type) event.type = { text: className };
        }
        declaration.events = named;
      }
    },
  };
}

/** @returns {string} the manifest, as committed (2-space JSON, final newline) */
export function generateManifest() {
  const modules = sourceFiles().map((file) =>
    ts.createSourceFile(file, readFileSync(`${widgetsDir}${file}`, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const manifest = create({ modules, plugins: [...litPlugin(), coachworkPlugin()] });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
