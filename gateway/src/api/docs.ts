/**
 * The API reference developers read without introspection (which is off in
 * production): every root field, type, field, argument and enum value with its
 * description, who may read it (from the access policy, src/auth/policy.ts), the
 * error contract and the limits — as Markdown (docs/api/reference.md) and as one
 * static HTML page the demo's Developers page links (demo/public/api-reference.html).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { accessTable, fieldAccess, nodeCategory, type Category, type Grant } from '../auth/policy.js';
import { limits } from '../config.js';
import { renderChangelog } from './changelog.js';
import { mintingRecipe, mintModuleSource } from './cookbook-minting.js';
import { cookbook, type CookbookRecipe } from './cookbook.js';
import { errorContract, userErrorAdvice } from './error-contract.js';
import {
  changelogFile,
  compareSchemas,
  currentSchema,
  readAcceptedBreaking,
  readReleased,
} from './schema-contract.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const referenceFile = path.join(repo, 'docs/api/reference.md');
export const cookbookFile = path.join(repo, 'docs/api/cookbook.md');
export const referenceHtmlFile = path.join(repo, 'demo/public/api-reference.html');

const relationLabels: Record<string, string> = {
  self: 'the person themself',
  directManager: 'their direct manager',
  skipLevelManager: 'managers further up their line',
  currentCoach: 'their current coach',
  formerCoach: 'a former coach',
  programAdmin: 'program admins',
  orgAdmin: 'organisation admins',
  member: 'everyone in the organisation',
};

const grantLabels: Record<Grant, string> = {
  yes: '',
  ifShared: ' (while the participant shares their progress)',
  theirSessions: ' (the sessions they hold)',
  ownNotes: ' (their own notes)',
  groupsOfK: ' (figures about groups of at least the minimum group size only)',
  aggregated: ' (aggregated only)',
};

function readers(category: Category): string {
  if (category === 'viewerOwn')
    return 'everyone in the organisation, each seeing their own share (see the description)';
  const row: Partial<Record<string, Grant>> = accessTable[category];
  const parts = Object.entries(row).map(
    ([relation, grant]) => `${relationLabels[relation]}${grantLabels[grant!]}`,
  );
  return parts.length > 0 ? parts.join('; ') : 'no one';
}

/** Who may read `Type.field`, in words, from the policy's fieldAccess table. */
export function whoMayRead(typeName: string, fieldName: string): string | null {
  const rule = fieldAccess[`${typeName}.${fieldName}`];
  if (!rule) return null;
  if (rule === 'inherit') return `whoever may read the ${typeName}`;
  if (rule === 'node') return 'whoever may refetch the object the ID names (see its type)';
  return readers(rule);
}

function whoMayRefetch(typeName: string): string | null {
  const category = (nodeCategory as Record<string, string>)[typeName];
  if (!category) return null;
  if (category === 'byVisibility') return 'decided by the goal’s `visibility` (see GoalVisibility)';
  return readers(category as Category);
}

/** The intermediate form both renderers share. */
interface Block {
  kind: 'h2' | 'h3' | 'p' | 'code' | 'list' | 'table';
  text?: string;
  items?: string[];
  rows?: string[][];
  id?: string;
  language?: string;
}

const anchor = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function typeRef(type: { toString(): string }): string {
  return `\`${type.toString()}\``;
}

function argumentLine(arg: GraphQLArgument | GraphQLInputField): string {
  const defaultValue =
    arg.defaultValue !== undefined ? ` = ${JSON.stringify(arg.defaultValue).replace(/^"(.*)"$/, '$1')}` : '';
  const deprecated = arg.deprecationReason ? ` **Deprecated:** ${arg.deprecationReason}` : '';
  return `\`${arg.name}\`: ${typeRef(arg.type)}${defaultValue} — ${oneLine(arg.description)}${deprecated}`;
}

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();

function fieldBlocks(typeName: string, field: GraphQLField<unknown, unknown>, examples: string[]): Block[] {
  const blocks: Block[] = [
    { kind: 'h3', id: anchor(`${typeName}-${field.name}`), text: `${typeName}.${field.name}: ${field.type}` },
  ];
  if (field.deprecationReason) blocks.push({ kind: 'p', text: `**Deprecated:** ${field.deprecationReason}` });
  blocks.push({ kind: 'p', text: oneLine(field.description) });
  const who = whoMayRead(typeName, field.name);
  if (who) blocks.push({ kind: 'p', text: `**Who may read it:** ${who}.` });
  if (field.args.length > 0) blocks.push({ kind: 'list', items: field.args.map(argumentLine) });
  if (examples.length > 0) blocks.push({ kind: 'p', text: `**Examples:** ${examples.join(', ')}.` });
  return blocks;
}

function fieldRows(type: GraphQLNamedType): string[][] {
  if (isObjectType(type) || isInterfaceType(type)) {
    return Object.values(type.getFields()).map((field) => {
      const args = field.args.map((arg) => `<br>${argumentLine(arg)}`).join('');
      const who = whoMayRead(type.name, field.name);
      const access = who && !who.startsWith('whoever may read the') ? `<br>**Who may read it:** ${who}.` : '';
      const deprecated = field.deprecationReason ? ` **Deprecated:** ${field.deprecationReason}` : '';
      return [
        `\`${field.name}\``,
        typeRef(field.type),
        `${oneLine(field.description)}${deprecated}${args}${access}`,
      ];
    });
  }
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).map((field) => {
      const defaultValue =
        field.defaultValue !== undefined ? ` (default ${JSON.stringify(field.defaultValue)})` : '';
      return [`\`${field.name}\``, typeRef(field.type), `${oneLine(field.description)}${defaultValue}`];
    });
  }
  if (isEnumType(type)) {
    return type.getValues().map((value) => {
      const deprecated = value.deprecationReason ? ` **Deprecated:** ${value.deprecationReason}` : '';
      return [`\`${value.name}\``, '', `${oneLine(value.description)}${deprecated}`];
    });
  }
  return [];
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  if (isScalarType(type)) return 'scalar';
  return 'union';
}

function introduction(): Block[] {
  return [
    {
      kind: 'p',
      text:
        'Generated from the gateway’s schema by `pnpm api:docs` (gateway/src/api/docs.ts); do not edit. ' +
        'The schema’s own descriptions, the access policy and the error contract are its sources, and a test fails when this page falls behind them.',
    },
    {
      kind: 'p',
      text:
        'Send `POST /graphql` with `Content-Type: application/json`, a body `{ "query", "variables", "operationName" }` and `Authorization: Bearer <embed token>` minted by your backend. ' +
        'Every answer is about the organisation that signed the token and shows only what the viewer (the token’s subject) may see. ' +
        'Introspection is off in production: this page, the [cookbook](cookbook.md) and the SDL in `packages/schema/schema.graphql` are the schema’s documentation. ' +
        'Changes are listed in the [API changelog](../../gateway/api/CHANGELOG.md).',
    },
    { kind: 'h2', id: 'limits', text: 'Limits' },
    {
      kind: 'list',
      items: [
        `Pages: \`first\` is 0–${limits.maxPageSize} (default 20, or 50 for org units and capabilities); pass \`pageInfo.endCursor\` as \`after\` for the next page.`,
        `\`nodes(ids:)\`: at most ${limits.maxNodesPerRequest} IDs.`,
        `Cost: each object in an answer costs 1 point and a list costs its page size times its items, before anything runs; one request may cost at most ${limits.maxCost.toLocaleString('en')} points (MAX_COST_EXCEEDED). Every answer reports \`extensions.cost\` (\`requestedQueryCost\`, \`actualQueryCost\`, \`throttleStatus\`).`,
        'Budgets: each person, and their organisation, hold a bucket of points that refills every second; a request the bucket cannot pay gets RATE_LIMITED (HTTP 429 with `Retry-After`). Unused points of shorter pages than asked are given back.',
        `Depth ${limits.maxDepth}, ${limits.maxAliases} aliases, ${limits.maxDirectives} directives and ${limits.maxTokens.toLocaleString('en')} tokens per document; ${limits.maxBatchSize} operations per batch; request bodies up to ${limits.maxBodyBytes / 1024} KiB; answers up to ${limits.maxResponseBytes / 1024 / 1024} MiB.`,
      ],
    },
  ];
}

function errorBlocks(schema: GraphQLSchema): Block[] {
  const userErrorCode = schema.getType('UserErrorCode');
  const userCodes = isEnumType(userErrorCode) ? userErrorCode.getValues() : [];
  return [
    { kind: 'h2', id: 'errors', text: 'Errors' },
    {
      kind: 'p',
      text:
        'Two kinds. A mutation whose input the user can fix answers with `userErrors` on its payload (and `data`); a GraphQL error in `errors[]` means the request or a field failed. ' +
        'Branch on `extensions.code`, never on `message` (it is in the request’s language and may be reworded).',
    },
    { kind: 'h3', id: 'error-codes', text: 'GraphQL error codes (`errors[].extensions.code`)' },
    {
      kind: 'table',
      rows: [
        ['Code', 'HTTP status', 'Meaning', 'What to do', 'Retry'],
        ...Object.entries(errorContract).map(([code, entry]) => [
          `\`${code}\``,
          entry.status,
          entry.meaning,
          entry.action,
          entry.retry,
        ]),
      ],
    },
    { kind: 'h3', id: 'user-error-codes', text: 'Mutation input errors (`userErrors[].code`)' },
    {
      kind: 'table',
      rows: [
        ['Code', 'Meaning', 'What to do'],
        ...userCodes.map((value) => [
          `\`${value.name}\``,
          oneLine(value.description),
          userErrorAdvice[value.name] ?? '',
        ]),
      ],
    },
  ];
}

function examplesByRootField(): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const recipe of cookbook) {
    for (const field of recipe.rootFields) {
      const list = byField.get(field) ?? [];
      list.push(`[${recipe.title}](cookbook.md#${anchor(recipe.title)})`);
      byField.set(field, list);
    }
  }
  return byField;
}

export function referenceBlocks(schema: GraphQLSchema): Block[] {
  const blocks: Block[] = [...introduction(), ...errorBlocks(schema)];
  const examples = examplesByRootField();
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    blocks.push({ kind: 'h2', id: anchor(root.name), text: root.name === 'Query' ? 'Queries' : 'Mutations' });
    blocks.push({ kind: 'p', text: oneLine(root.description) });
    for (const field of Object.values(root.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
      blocks.push(...fieldBlocks(root.name, field, examples.get(`${root.name}.${field.name}`) ?? []));
    }
  }
  blocks.push({ kind: 'h2', id: 'types', text: 'Types' });
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type) && !roots.has(type.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    const implementsList =
      isObjectType(type) && type.getInterfaces().length > 0
        ? ` implements ${type
            .getInterfaces()
            .map((i) => i.name)
            .join(', ')}`
        : '';
    blocks.push({
      kind: 'h3',
      id: anchor(type.name),
      text: `${type.name} (${kindOf(type)}${implementsList})`,
    });
    blocks.push({ kind: 'p', text: oneLine(type.description) });
    const refetch = whoMayRefetch(type.name);
    if (refetch)
      blocks.push({ kind: 'p', text: `**Who may refetch it by ID:** ${refetch} (\`node(id:)\`).` });
    const rows = fieldRows(type);
    if (rows.length > 0) {
      const head = isEnumType(type) ? ['Value', '', 'Meaning'] : ['Field', 'Type', 'Description'];
      blocks.push({ kind: 'table', rows: [head, ...rows] });
    }
  }
  return blocks;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function toMarkdown(title: string, blocks: Block[]): string {
  const out = [`# ${title}`];
  for (const block of blocks) {
    switch (block.kind) {
      case 'h2':
        out.push(`## ${block.text}`);
        break;
      case 'h3':
        out.push(`### ${block.text}`);
        break;
      case 'p':
        if (block.text) out.push(block.text);
        break;
      case 'code':
        out.push('```' + (block.language ?? '') + '\n' + block.text + '\n```');
        break;
      case 'list':
        out.push(block.items!.map((item) => `- ${item}`).join('\n'));
        break;
      case 'table': {
        const [head, ...rows] = block.rows!;
        out.push(
          [
            `| ${head!.map(cell).join(' | ')} |`,
            `|${head!.map(() => '---').join('|')}|`,
            ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
      }
    }
  }
  return out.join('\n\n') + '\n';
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The inline Markdown the descriptions use: `code`, **bold**, [links](…), and the tables' <br>. */
function inlineHtml(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      }
      return escapeHtml(part)
        .replace(/&lt;br&gt;/g, '<br>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, href: string) => {
          // The page is served alone: cookbook links point into its own copy below; others are left as text.
          const local = href.startsWith('cookbook.md#') ? `#${href.slice('cookbook.md#'.length)}` : null;
          return local ? `<a href="${local}">${label}</a>` : label;
        });
    })
    .join('');
}

export function toHtml(title: string, sections: Array<{ title: string; blocks: Block[] }>): string {
  const toc: string[] = [];
  const body: string[] = [];
  for (const section of sections) {
    body.push(`<h1 id="${anchor(section.title)}">${escapeHtml(section.title)}</h1>`);
    toc.push(`<li><a href="#${anchor(section.title)}">${escapeHtml(section.title)}</a></li>`);
    for (const block of section.blocks) {
      const id = block.id ? ` id="${block.id}"` : '';
      switch (block.kind) {
        case 'h2':
          body.push(`<h2${id}>${inlineHtml(block.text!)}</h2>`);
          if (block.id)
            toc.push(`<li class="toc__sub"><a href="#${block.id}">${inlineHtml(block.text!)}</a></li>`);
          break;
        case 'h3':
          body.push(`<h3${id}>${inlineHtml(block.text!)}</h3>`);
          break;
        case 'p':
          if (block.text) body.push(`<p>${inlineHtml(block.text)}</p>`);
          break;
        case 'code':
          body.push(`<pre><code>${escapeHtml(block.text!)}</code></pre>`);
          break;
        case 'list':
          body.push(`<ul>${block.items!.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>`);
          break;
        case 'table': {
          const [head, ...rows] = block.rows!;
          body.push(
            '<div class="table"><table>' +
              `<thead><tr>${head!.map((h) => `<th scope="col">${inlineHtml(h)}</th>`).join('')}</tr></thead>` +
              `<tbody>${rows.map((row) => `<tr>${row.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody>` +
              '</table></div>',
          );
          break;
        }
      }
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<!-- Generated by gateway/src/api/docs.ts (pnpm api:docs); do not edit. -->
<style>
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1f;background:#fff}
.layout{display:grid;grid-template-columns:16rem 1fr;gap:2rem;max-width:84rem;margin:0 auto;padding:1.5rem}
nav{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto;font-size:.9rem}
nav ul{list-style:none;padding:0;margin:0}nav li{margin:.2rem 0}.toc__sub{padding-left:1rem}
main{min-width:0}h1{font-size:1.75rem;border-bottom:2px solid #0b57d0;padding-bottom:.25rem;margin-top:2.5rem}
h2{font-size:1.35rem;margin-top:2rem}h3{font-size:1.05rem;margin-top:1.5rem;font-family:ui-monospace,monospace}
code{font:0.9em ui-monospace,monospace;background:#f1f3f8;padding:0 .2em;border-radius:3px}
pre{background:#f1f3f8;padding:1rem;overflow:auto;border-radius:6px}pre code{background:none;padding:0}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid #d5d9e2;padding:.4rem .6rem;text-align:left;vertical-align:top;overflow-wrap:break-word}th{background:#f6f7fa;white-space:nowrap}
td:first-child{width:1%;white-space:nowrap}td:nth-child(2) code{white-space:nowrap}td:nth-child(n+3) code{overflow-wrap:anywhere}
a{color:#0b57d0}
@media (max-width:50rem){.layout{grid-template-columns:1fr}nav{position:static;max-height:none}}
</style>
</head>
<body>
<div class="layout">
<nav aria-label="Contents"><ul>
${toc.join('\n')}
</ul></nav>
<main>
${body.join('\n')}
</main>
</div>
</body>
</html>
`;
}

export function cookbookBlocks(recipes: readonly CookbookRecipe[]): Block[] {
  const blocks: Block[] = [
    {
      kind: 'p',
      text:
        'The first things a developer does with the API, each run against a real, seeded gateway by `gateway/src/api/cookbook.test.ts` so the examples cannot rot. ' +
        'Generated by `pnpm api:docs` from gateway/src/api/cookbook.ts and cookbook-minting.ts; do not edit. `$GATEWAY` is the gateway’s URL and `$TOKEN` an embed token your backend minted (the first recipe; `pnpm token` mints one in development).',
    },
    { kind: 'h2', id: 'typescript-client', text: 'The TypeScript client' },
    {
      kind: 'p',
      text: 'The examples’ TypeScript uses this one function around `fetch` (Node 18+ or a browser); the tests send every recipe through it. Type `TData` by hand, or generate it with GraphQL Code Generator from `packages/schema/schema.graphql`.',
    },
    { kind: 'code', language: 'ts', text: clientSource() },
    { kind: 'h2', id: anchor(mintingRecipe.title), text: mintingRecipe.title },
    { kind: 'p', text: mintingRecipe.explanation },
    { kind: 'p', text: mintingRecipe.node.intro },
    { kind: 'code', language: 'js', text: mintModuleSource() },
    { kind: 'code', language: 'ts', text: mintingRecipe.node.usage },
    { kind: 'p', text: mintingRecipe.shell.intro },
    { kind: 'code', language: 'sh', text: mintingRecipe.shell.script },
  ];
  for (const recipe of recipes) {
    blocks.push({ kind: 'h2', id: anchor(recipe.title), text: recipe.title });
    blocks.push({ kind: 'p', text: recipe.explanation });
    blocks.push({ kind: 'code', language: 'graphql', text: recipe.query.trim() });
    if (recipe.variables) {
      blocks.push({ kind: 'p', text: 'Variables:' });
      blocks.push({ kind: 'code', language: 'json', text: JSON.stringify(recipe.variables, null, 2) });
    }
    blocks.push({ kind: 'p', text: 'With curl:' });
    blocks.push({ kind: 'code', language: 'sh', text: curlOf(recipe) });
    blocks.push({ kind: 'p', text: 'With TypeScript:' });
    blocks.push({ kind: 'code', language: 'ts', text: typescriptOf(recipe) });
  }
  return blocks;
}

const clientFile = path.join(repo, 'gateway/src/api/cookbook-client.ts');

/** The client's code as a developer copies it: without the note addressed to this repository. */
function clientSource(): string {
  return readFileSync(clientFile, 'utf8')
    .replace(/^\/\*\*[\s\S]*?\*\/\n\n/, '')
    .trim();
}

function typescriptOf(recipe: CookbookRecipe): string {
  const name = /^(?:query|mutation)\s+(\w+)/.exec(recipe.query.trim())?.[1] ?? 'Operation';
  const constant = name.charAt(0).toLowerCase() + name.slice(1);
  const variables = recipe.variables ? `, ${JSON.stringify(recipe.variables)}` : '';
  return [
    `const ${constant} = /* GraphQL */ \`\n${recipe.query.trim()}\n\`;`,
    '',
    `const answer = await request<${name}Data>(GATEWAY, token, ${constant}${variables});`,
    'if (answer.status === 429) await sleep(answer.retryAfterSeconds! * 1000); // RATE_LIMITED: wait, then retry',
    'else if (errorCode(answer)) throw new Error(`${errorCode(answer)}: ${answer.errors![0]!.message}`);',
  ].join('\n');
}

function curlOf(recipe: CookbookRecipe): string {
  const body = JSON.stringify({
    query: recipe.query.trim().replace(/\s+/g, ' '),
    ...(recipe.variables ? { variables: recipe.variables } : {}),
  });
  return [
    'curl -sS "$GATEWAY/graphql" \\',
    '  -H "Authorization: Bearer $TOKEN" \\',
    '  -H "Content-Type: application/json" \\',
    `  --data '${body.replace(/'/g, "'\\''")}'`,
  ].join('\n');
}

/** Every generated file with the text it should have now. */
export async function generatedDocs(): Promise<Array<{ file: string; text: string }>> {
  const schema = currentSchema();
  const released = readReleased();
  const comparison = await compareSchemas(released.schema, schema, readAcceptedBreaking());
  let existingChangelog: string | null = null;
  try {
    existingChangelog = readFileSync(changelogFile, 'utf8');
  } catch {
    existingChangelog = null;
  }
  const reference = referenceBlocks(schema);
  const recipes = cookbookBlocks(cookbook);
  return [
    { file: changelogFile, text: renderChangelog(existingChangelog, released.version, comparison) },
    { file: referenceFile, text: toMarkdown('Coachwork GraphQL API reference', reference) },
    { file: cookbookFile, text: toMarkdown('Coachwork GraphQL API cookbook', recipes) },
    {
      file: referenceHtmlFile,
      text: toHtml('Coachwork GraphQL API reference', [
        { title: 'GraphQL API reference', blocks: reference },
        { title: 'Cookbook', blocks: recipes },
      ]),
    },
  ];
}
