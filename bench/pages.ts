/** Generated pages for the benchmark: big static DOMs and a page that keeps adding nodes. */

function bigPage(elements: number): string {
  const rows: string[] = [];
  // Each row is 10 elements: a div with a label, an input, a paragraph with spans and a link.
  for (let i = 0; i < elements / 10; i++) {
    rows.push(
      `<div class="r"><label for="f${i}">Field ${i}</label><input id="f${i}" name="field${i}"><p>Row ${i} <span>a</span><span>b</span><em>c</em><b>d</b><a href="#${i}">link</a></p></div>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${elements} elements</title></head><body>${rows.join('')}</body></html>`;
}

/** Adds 10,000 nodes in 100 batches, one batch per task, and reports how long that took. */
const CHURN = `<!doctype html><html><head><meta charset="utf-8"><title>churn</title></head><body><main id="m"></main>
<script>
window.runChurn = () => new Promise((done) => {
  const main = document.getElementById('m');
  let batch = 0;
  const started = performance.now();
  const step = () => {
    for (let i = 0; i < 100; i++) {
      const div = document.createElement('div');
      div.textContent = 'item ' + batch + '.' + i;
      main.append(div);
    }
    if (++batch < 100) setTimeout(step, 0);
    else done(performance.now() - started);
  };
  step();
});
</script></body></html>`;

const TYPING = `<!doctype html><html><head><meta charset="utf-8"><title>typing</title></head><body>
<label for="note">Note</label><input id="note" name="note" size="80"></body></html>`;

export const PAGES: Record<string, string> = {
  'dom-10k.html': bigPage(10_000),
  'dom-100k.html': bigPage(100_000),
  'churn.html': CHURN,
  'typing.html': TYPING,
};
