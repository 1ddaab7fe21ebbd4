import { expect } from '@open-wc/testing';
import { until } from '../shared/testing/dom.js';
import { defineLazily, type LazyDefinitions } from './lazy-define.js';

/**
 * The registry with stand-in modules: each records when it was asked for and defines nothing, so
 * the test sees how the registry asks, not what a widget does.
 */
describe('defineLazily: asking for the modules of elements near the viewport', () => {
  let container: HTMLDivElement;
  let registry: LazyDefinitions | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    registry?.disconnect();
    container.remove();
  });

  it('asks for the modules of elements in view together one per task, in page order', async () => {
    const asked: string[] = [];
    /** How many modules had been asked for when each one's task had run its microtasks. */
    const askedByEndOfTask: number[] = [];
    const tags = ['cw-test-first', 'cw-test-second', 'cw-test-third'];
    const loaders = Object.fromEntries(
      tags.map((tag) => [
        tag,
        () => {
          asked.push(tag);
          // Microtasks run before the task that asked ends: had the registry asked for every
          // module in one task, all three would be counted here.
          queueMicrotask(() => queueMicrotask(() => askedByEndOfTask.push(asked.length)));
          return new Promise<never>(() => {});
        },
      ]),
    );
    container.innerHTML = tags.map((tag) => `<${tag}></${tag}>`).join('');
    registry = defineLazily(loaders, document);

    await until(() => asked.length === 3, 'all three modules to be asked for');
    expect(asked).to.deep.equal(tags);
    await until(() => askedByEndOfTask.length === 3, 'the last task to end');
    expect(askedByEndOfTask).to.deep.equal([1, 2, 3]);
  });

  it('asks for a module once, however many of its elements come near', async () => {
    let asked = 0;
    container.innerHTML =
      '<cw-test-many></cw-test-many><cw-test-many></cw-test-many><cw-test-many></cw-test-many>';
    registry = defineLazily(
      {
        'cw-test-many': () => {
          asked += 1;
          return new Promise<never>(() => {});
        },
      },
      document,
    );
    await until(() => asked > 0, 'the module to be asked for');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).to.equal(1);
  });

  it('asks for the shared modules once, just before the first element module', async () => {
    const asked: string[] = [];
    const standIn = (name: string) => () => {
      asked.push(name);
      return new Promise<never>(() => {});
    };
    container.innerHTML = '<cw-test-one></cw-test-one><cw-test-two></cw-test-two>';
    registry = defineLazily(
      { 'cw-test-one': standIn('cw-test-one'), 'cw-test-two': standIn('cw-test-two') },
      document,
      { shared: standIn('shared') },
    );
    await until(() => asked.length === 3, 'both modules to be asked for');
    expect(asked).to.deep.equal(['shared', 'cw-test-one', 'cw-test-two']);
  });

  it('still loads the element when the shared modules fail to load', async () => {
    let loaded = false;
    container.innerHTML = '<cw-test-alone></cw-test-alone>';
    registry = defineLazily(
      {
        'cw-test-alone': () => {
          loaded = true;
          return Promise.resolve();
        },
      },
      document,
      { shared: () => Promise.reject(new Error('offline')) },
    );
    await until(() => loaded, 'the element module to be asked for');
  });
});
