// The site in Firefox: drives Debian's firefox-esr over WebDriver BiDi with puppeteer-core (there is
// no geckodriver) through the checks FirefoxIT plans, and writes what each check found.
//
//   node src/test/js/firefox-checks.mjs plan.json results.json
//
// plan.json (written by FirefoxIT): firefox (the executable), origin (http://host:port the site is
// served from), tags (axe-core's rule tags), desktop and phone ({width, height, mobile}), pages
// ([{name, url}]), search ({url, query}), keyboard ({url}), noScript ({notice, search}),
// elderMeasures (ElderModeIT's smallest text px, line height and target px) and scripts (the sources
// of the Chromium suite's page-helpers.js, elder-measures.js, focusables.js and focus-state.js).
//
// results.json: {browser, seconds, pages: {name: {check: [problem, …]}}, site: {check: [problem, …]}}.
// An empty list is a check that passed; a check that could not run lists why. One browser session
// and one tab serve every check but the one without JavaScript; only FirefoxIT decides what passes.
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import axe from 'axe-core';

const [planFile, resultsFile] = process.argv.slice(2);
if (!planFile || !resultsFile) {
  console.error('usage: node firefox-checks.mjs plan.json results.json');
  process.exit(2);
}
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const started = Date.now();

const browser = await launch({});
const results = { browser: await browser.version(), pages: {}, site: {} };
try {
  const page = await browser.newPage();
  const heard = listen(page);
  for (const target of plan.pages) {
    results.pages[target.name] = await checkPage(page, heard, target);
  }
  results.site['search from the header box'] = await attempt(() => search(page, plan.search));
  results.site['skip link'] = await attempt(() => skipLink(page, plan.keyboard));
  results.site['visible focus'] = await attempt(() => visibleFocus(page, plan.keyboard));
} finally {
  await browser.close();
}
// Firefox 153 cannot switch scripts off for one tab over BiDi (no emulation.setScriptingEnabled):
// a second, short session starts with them off, as some readers and old phones have them.
results.site['without JavaScript'] = await attempt(() => withoutJavaScript(plan.noScript));
results.seconds = (Date.now() - started) / 1000;
writeFileSync(resultsFile, JSON.stringify(results, null, 2));

/** Starts a headless firefox-esr with a fresh profile and these preferences besides the usual ones. */
function launch(prefs) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: plan.firefox,
    headless: true,
    extraPrefsFirefox: {
      // Any request to another host goes to a closed port on this machine and fails at once, so a
      // stray request can neither reach the network nor hang; the loopback address is never proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'intl.accept_languages': 'zh-CN',
      ...prefs,
    },
  });
}

/** Collects, from now on, every address the tab requests and every script error it reports. */
function listen(page) {
  const heard = { requests: [], errors: [] };
  page.on('request', request => heard.requests.push(request.url()));
  page.on('console', message => {
    if (message.type() === 'error') heard.errors.push('console: ' + message.text());
  });
  page.on('pageerror', error => heard.errors.push('error: ' + (error.message || error)));
  return heard;
}

/** axe-core at 1280 px, at 375 px and at 375 px in 长者模式; 长者模式's measures; the console; the hosts asked. */
async function checkPage(page, heard, target) {
  // Leave the last page first: a resize that reloads it would otherwise count its requests here.
  await page.goto('about:blank');
  heard.requests.length = 0;
  heard.errors.length = 0;
  const checks = {};
  checks['axe at 1280 px'] = await attempt(async () => {
    await resize(page, plan.desktop);
    await page.goto(target.url, { waitUntil: 'load' });
    await elderMode(page, false);
    return axeViolations(page);
  });
  checks['axe at 375 px'] = await attempt(async () => {
    await resize(page, plan.phone);
    return axeViolations(page);
  });
  checks['axe at 375 px in 长者模式'] = await attempt(async () => {
    await elderMode(page, true);
    return axeViolations(page);
  });
  checks['长者模式 measures at 375 px'] = await attempt(async () => {
    await elderMode(page, true);
    const problems = await page.evaluate(call(plan.scripts.pageHelpers + '\n' + plan.scripts.elderMeasures, plan.elderMeasures));
    problems.push(...await axeViolations(page, { type: 'rule', values: ['color-contrast-enhanced'] }));
    await elderMode(page, false);
    return problems;
  });
  checks['console errors'] = [...heard.errors];
  checks['requests to other hosts'] = heard.requests.filter(url => !isLocal(url)).map(url => 'requested ' + url);
  return checks;
}

function isLocal(url) {
  return url.startsWith(plan.origin + '/') || url.startsWith('data:') || url.startsWith('about:');
}

/** Sets the viewport; Firefox reloads the page when it starts or stops behaving as a phone. */
async function resize(page, viewport) {
  await page.setViewport({ width: viewport.width, height: viewport.height, isMobile: viewport.mobile, hasTouch: viewport.mobile });
  // Polled from here: page.waitForFunction() needs the page's own scripts, off in one session.
  for (let tries = 0; await page.evaluate(() => document.readyState) !== 'complete'; tries++) {
    if (tries === 300) throw new Error('the page did not finish loading after the resize');
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/**
 * Switches 长者模式 as a reader does, clicking the label of the header's switch, and proves it took:
 * the box is ticked and the main text is as large as ElderModeIT asks. The mouse, not page.click(), so it works
 * with scripts off too (page.click() waits on a page script that then never answers).
 */
async function elderMode(page, on) {
  const control = await page.$('#elder');
  if (!control) {
    if (on) throw new Error('the page has no 长者模式 switch (#elder)');
    return;
  }
  if (await control.evaluate(el => el.checked) !== on) {
    const label = await page.$eval('label[for=elder]', el => {
      el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.click(label.x, label.y);
  }
  const [ticked, size] = await page.evaluate(() => [document.getElementById('elder').checked,
    parseFloat(getComputedStyle(document.getElementById('main')).fontSize)]);
  if (ticked !== on) throw new Error(`the 长者模式 switch did not turn ${on ? 'on' : 'off'}`);
  if (on && size < plan.elderMeasures[0]) throw new Error(`长者模式 is on but the main text is ${size} px`);
}

/** What axe-core finds on the loaded page (the WCAG rules unless told), one line per failing element. */
async function axeViolations(page, runOnly = { type: 'tag', values: plan.tags }) {
  if (!await page.evaluate(() => typeof window.axe === 'object')) {
    await page.evaluate(axe.source);
  }
  const found = await page.evaluate(async only => {
    const result = await window.axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations.map(rule => ({ id: rule.id, impact: rule.impact, help: rule.help,
      nodes: rule.nodes.map(node => ({ target: node.target.join(' '), html: node.html, summary: node.failureSummary })) }));
  }, runOnly);
  return found.flatMap(rule => rule.nodes.map(node => `${rule.id} (${rule.impact}): ${node.target} ${abbreviate(node.html)}`
    + `\n      ${rule.help} — ${String(node.summary).replace(/\n/g, ' ')}`));
}

function abbreviate(html) {
  return html.length <= 160 ? html : html.slice(0, 160) + '…';
}

/** Types a word into the header's box and presses Enter: the results, marked, and the status read out. */
async function search(page, { url, query }) {
  await resize(page, plan.desktop);
  await page.goto(url, { waitUntil: 'load' });
  await page.type('#site-search', query);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  await page.waitForFunction(() => document.getElementById('search-status')?.textContent.trim() !== '', { timeout: 10000 });
  const shown = await page.evaluate(() => {
    const status = document.getElementById('search-status');
    const results = document.getElementById('search-results');
    return {
      address: location.pathname + location.search,
      box: document.getElementById('search-q').value,
      status: status.textContent.trim(),
      live: status.getAttribute('role') === 'status' || status.hasAttribute('aria-live'),
      results: results.hidden ? 0 : results.querySelectorAll('li').length,
      marks: [...results.querySelectorAll('mark')].map(mark => mark.textContent),
    };
  });
  const problems = [];
  if (!shown.address.includes('/search/?q=')) problems.push(`the box led to ${shown.address}, not the search page`);
  if (shown.box !== query) problems.push(`the search page's box holds “${shown.box}”, not “${query}”`);
  if (!/找到\s*\d+\s*条/.test(shown.status) || !shown.status.includes(query)) {
    problems.push(`the status says “${shown.status}”, not how many results “${query}” found`);
  }
  if (!shown.live) problems.push('the status is not a live region (role=status or aria-live)');
  if (shown.results < 1) problems.push('no result is shown');
  if (!shown.marks.some(mark => mark.includes(query))) problems.push(`no result marks “${query}” (marked: ${JSON.stringify(shown.marks)})`);
  problems.push(...await axeViolations(page));
  return problems;
}

/** Tab then Enter from the top of a page puts the focus on the main content. */
async function skipLink(page, { url }) {
  await resize(page, plan.desktop);
  await page.goto(url, { waitUntil: 'load' });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => [document.activeElement.textContent.trim(),
    document.activeElement.getBoundingClientRect().top >= 0]);
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement.id);
  const problems = [];
  if (first[0] !== '跳到正文') problems.push(`the first Tab reaches “${first[0]}”, not the skip link`);
  if (!first[1]) problems.push('the focused skip link is not on screen');
  if (focused !== 'main') problems.push(`Enter on the skip link leaves the focus on “${focused}”, not #main`);
  return problems;
}

/** Tab walks every control of a page once, and each shows an outline or ring while it has the focus. */
async function visibleFocus(page, { url }) {
  await resize(page, plan.desktop);
  await page.goto(url, { waitUntil: 'load' });
  const controls = await page.evaluate(call(plan.scripts.focusables));
  const problems = [];
  const visited = new Set();
  for (let step = 0; step <= controls.length; step++) {
    await page.keyboard.press('Tab');
    const [index, shown] = await page.evaluate(call(plan.scripts.focusState));
    if (index < 0) break;
    visited.add(index);
    if (!shown) problems.push(`no visible focus on ${controls[index]}`);
  }
  controls.forEach((control, index) => {
    if (!visited.has(index)) problems.push(`Tab never reaches ${control}`);
  });
  if (controls.length === 0) problems.push('the page has no control to walk');
  return problems;
}

/** With scripts off: the search page sends readers to the lists, and 长者模式 (CSS only) still works. */
async function withoutJavaScript({ notice, search: searchPage }) {
  const problems = [];
  const plain = await launch({ 'javascript.enabled': false });
  try {
    const page = await plain.newPage();
    await resize(page, plan.phone);
    await page.goto(notice, { waitUntil: 'load' });
    if (await page.$eval('.print-button', el => el.getClientRects().length > 0)) {
      problems.push('the print button, which only the page script shows, shows: scripts still run');
    }
    try {
      await elderMode(page, true);
      await elderMode(page, false);
    } catch (error) {
      problems.push(error.message);
    }
    await page.goto(searchPage, { waitUntil: 'load' });
    if (!await page.$eval('#search-noscript', el => el.getClientRects().length > 0)) {
      problems.push('the search page does not show #search-noscript without JavaScript');
    }
    if (await page.$eval('#search-form', el => el.getClientRects().length > 0)) {
      problems.push('the search page shows its form, which needs JavaScript');
    }
  } finally {
    await plain.close();
  }
  return problems;
}

/** A script written for Selenium (a function body that returns, reading `arguments`) as an expression. */
function call(source, args = []) {
  return `(function () {\n${source}\n}).apply(null, ${JSON.stringify(args)})`;
}

/** Runs a check; one that throws reports why instead of ending the run. */
async function attempt(check) {
  try {
    return await check();
  } catch (error) {
    return [`the check could not run: ${String(error && error.message || error).split('\n')[0]}`];
  }
}
