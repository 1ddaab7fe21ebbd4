import { expect } from '@open-wc/testing';
import { saveFile } from './download.js';
import { nextDownload } from './testing/download.js';

describe('saveFile', () => {
  it('saves the content under its name and media type, without navigating the page', async () => {
    const saved = nextDownload();
    const before = location.href;
    saveFile({
      content: '"Unit","Score"\r\n"Sales",4.2\r\n',
      filename: 'heatmap.csv',
      type: 'text/csv;charset=utf-8',
    });
    const file = await saved;
    expect(file).to.deep.equal({
      filename: 'heatmap.csv',
      type: 'text/csv;charset=utf-8',
      text: '"Unit","Score"\r\n"Sales",4.2\r\n',
    });
    expect(location.href).to.equal(before);
  });

  it('keeps text outside ASCII as it was', async () => {
    const saved = nextDownload();
    saveFile({
      content: 'SUMMARY:Sesión con Lucía – 東京\r\n',
      filename: 'session.ics',
      type: 'text/calendar',
    });
    expect((await saved).text).to.equal('SUMMARY:Sesión con Lucía – 東京\r\n');
  });
});
