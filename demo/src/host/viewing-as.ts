import type { DemoPerson, DemoRole } from './dev-backend.js';

export interface PeopleGroup {
  role: DemoRole;
  label: string;
  people: readonly DemoPerson[];
}

/** Most privileged first; a person holding several roles is listed under the first. */
export const ROLE_GROUPS: ReadonlyArray<{ role: DemoRole; label: string }> = [
  { role: 'ORG_ADMIN', label: 'Organisation admins' },
  { role: 'PROGRAM_ADMIN', label: 'Program admins' },
  { role: 'COACH', label: 'Coaches' },
  { role: 'MANAGER', label: 'Managers' },
  { role: 'PARTICIPANT', label: 'Participants' },
];

/**
 * The demo-only "Viewing as" picker. It stands in for the host's own sign-in, so choosing a person
 * reloads the page as them (`?as=<email>`), as a real host page would after a sign-in.
 */
export function renderViewingAs(
  container: Element,
  groups: readonly PeopleGroup[],
  current: { name: string; email: string } | undefined,
  onChange: (email: string) => void,
): void {
  const id = 'cw-demo-viewing-as';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = 'Viewing as';

  const select = document.createElement('select');
  select.id = id;
  const listed = new Set<string>();
  for (const group of groups) {
    const optgroup = document.createElement('optgroup');
    optgroup.label = group.label;
    for (const person of group.people) {
      if (listed.has(person.email)) continue;
      listed.add(person.email);
      optgroup.append(new Option(person.name, person.email, false, person.email === current?.email));
    }
    if (optgroup.children.length > 0) select.append(optgroup);
  }
  // Someone opened with ?as= who is not among the first few of each role still shows as selected.
  if (current && !listed.has(current.email)) {
    select.prepend(new Option(current.name, current.email, true, true));
  }
  if (select.options.length === 0) {
    select.append(new Option('Default demo person', '', true, true));
    select.disabled = true;
  }
  select.addEventListener('change', () => {
    if (select.value) onChange(select.value);
  });

  container.replaceChildren(label, select);
}
