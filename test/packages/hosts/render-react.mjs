// Run with Node in the consumer project (node render-react.mjs <entry> <gateway>): imports the server-rendering entry compiled from
// hosts/react/server.tsx, which imports @coachwork/react and through it every element module, and
// prints what it rendered and whether a DOM global appeared along the way.
const [serverEntry, gateway] = process.argv.slice(2);
const { render } = await import(serverEntry);
const html = render(gateway);
console.log(
  JSON.stringify({
    html,
    window: typeof globalThis.window,
    document: typeof globalThis.document,
  }),
);
