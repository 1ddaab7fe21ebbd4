/**
 * The part of the Custom Elements Manifest schema (https://github.com/webcomponents/custom-elements-manifest,
 * schemaVersion 1.0.0) the Developers page reads. Typed here rather than pulling in a package of
 * types: the page needs a dozen fields, and `kind` is kept as `string` so the imported JSON (whose
 * literals TypeScript widens) is assignable without a cast.
 */
export interface TypeRef {
  text: string;
}

export interface InheritedFrom {
  name: string;
  module?: string;
}

export interface NamedDoc {
  name: string;
  description?: string;
  summary?: string;
  inheritedFrom?: InheritedFrom;
}

export interface Attribute extends NamedDoc {
  type?: TypeRef;
  default?: string;
  fieldName?: string;
}

export interface Member extends NamedDoc {
  kind: string;
  type?: TypeRef;
  default?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

export interface EventDoc extends NamedDoc {
  type?: TypeRef;
}

export interface CssProperty extends NamedDoc {
  default?: string;
}

export interface Declaration extends NamedDoc {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: EventDoc[];
  slots?: NamedDoc[];
  cssParts?: NamedDoc[];
  cssProperties?: CssProperty[];
}

export interface Module {
  kind: string;
  path: string;
  declarations?: Declaration[];
  exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
}

export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

/** A declaration that is a defined `cw-*` element, with the module that declares it. */
export interface ElementDoc extends Declaration {
  tagName: `cw-${string}`;
  modulePath: string;
}

/** Every defined `cw-*` element, in the manifest's (alphabetical) order. */
export function definedElements(manifest: Manifest): ElementDoc[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration): ElementDoc[] => {
      const tagName = declaration.tagName;
      return tagName?.startsWith('cw-')
        ? [{ ...declaration, tagName: tagName as `cw-${string}`, modulePath: module.path }]
        : [];
    }),
  );
}

/** `cw-goal-tracker` → `goal-tracker`: the per-widget entry point's name. */
export function widgetName(tag: string): string {
  return tag.replace(/^cw-/, '');
}

/** `cw-goal-tracker` → `GoalTracker`: the element's class name. */
export function componentName(tag: string): string {
  return widgetName(tag)
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** `cw-goal-tracker` → `CwGoalTracker`: the @coachwork/react wrapper's name. */
export function reactComponentName(tag: string): string {
  return `Cw${componentName(tag)}`;
}

/** Public instance properties: what a host may set from script (attributes or not). */
export function publicProperties(element: Declaration): Member[] {
  return (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );
}
