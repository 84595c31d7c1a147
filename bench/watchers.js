// Driver of bench/watchers: trains one small CNN over and over on a running Fashion Lab, each time
// with 0, 1 or N run pages open in headless Chromium (one browser context, so one Vaadin session,
// per page), and measures (a) how late each progress update reaches a page: the page's clock when
// the attribute data-batch-at of #progress-text changes, minus the batch time it carries (the
// server's clock at the batch; one machine, one clock), and (b) the training's own time, the
// server JVM's CPU time by thread and the browsers' CPU time.
// A condition "30f" opens 30 pages and then freezes the whole browser (SIGSTOP) while the run
// trains: the server does all its work for 30 watchers (reads, UI changes, pushes into the
// sockets) and no browser takes CPU from the training.
// Configuration from the environment (bench/watchers sets it from -Dname=value):
//   BASE, USERNAME, PASSWORD, JVM_PID, NODE_DEPS, CONDITIONS (e.g. "0,30,30f"), REPS, IMAGES,
//   EPOCHS, BATCH, OUT (raw results appended as JSON lines), TIMEOUT_S
'use strict';
const fs = require('fs');
const { execSync } = require('child_process');
const { chromium } = require(require.resolve('playwright-core', { paths: [process.env.NODE_DEPS] }));

const env = (name, fallback) => process.env[name] || fallback;
const BASE = env('BASE', 'http://localhost:8080');
const AUTH = 'Basic ' + Buffer.from(`${env('USERNAME', 'teacher')}:${env('PASSWORD', '')}`).toString('base64');
const JVM_PID = Number(env('JVM_PID', '0'));
const CONDITIONS = env('CONDITIONS', '0,30').split(',').map((c) => c.trim());
const REPS = Number(env('REPS', '1'));
const WARMUPS = Number(env('WARMUPS', '1'));
const IMAGES = Number(env('IMAGES', '15000'));
const EPOCHS = Number(env('EPOCHS', '2'));
const BATCH = Number(env('BATCH', '32'));
const OUT = env('OUT', '');
// Seconds between the pages' opening and the training's start, so the opening's own work (page
// rendering, garbage collection) is over and the training meets only the watching.
const SETTLE_S = Number(env('SETTLE_S', '10'));
const TICKS = 100; // clock ticks per second in /proc (USER_HZ)
// WINDOWS > 0: instead of one training per condition and repetition, one long training watched by
// the condition's pages in some windows and by nobody in the others (see windowed()).
const WINDOWS = Number(env('WINDOWS', '0'));
const WINDOW_S = Number(env('WINDOW_S', '20'));
const SWITCH_S = Number(env('SWITCH_S', '5'));
// Windows run first and not counted: the JIT compiles the page and push code in the first minutes
// (a class's server has long done so).
const WARM_WINDOWS = Number(env('WARM_WINDOWS', '4'));

setTimeout(() => {
  console.error('watchdog: the benchmark took too long');
  process.exit(3);
}, Number(env('TIMEOUT_S', '900')) * 1000).unref();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function api(method, path, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

function cnn(name, images, epochs) {
  return {
    name,
    network: {
      kind: 'cnn',
      convBlocks: [
        { filters: 32, kernel: 3, stride: 1, padding: 'VALID', activation: 'RELU', pooling: 'MAX', poolSize: 2, batchNorm: false }
      ],
      denseLayers: [128],
      denseActivation: 'RELU',
      dropout: 0.0
    },
    training: {
      optimizer: 'RMSPROP', learningRate: 0.001, momentum: 0.9, epochs, batchSize: BATCH,
      validationSplit: 0.0, seed: 42, trainingLimit: images, earlyStoppingPatience: 0, schedule: 'CONSTANT'
    }
  };
}

// Holds the queue: many epochs of a small MLP (one PyTorch thread), cancelled when not needed.
function mlpGate(name) {
  const spec = cnn(name, 60000, 100);
  spec.network = { kind: 'mlp', hiddenLayers: [128], activation: 'RELU', dropout: 0.0 };
  spec.training.optimizer = 'ADAM';
  return spec;
}

async function waitStatus(id, done, timeoutMs = 600_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const run = await api('GET', `/api/runs/${id}`);
    if (done(run.summary.status)) {
      return run;
    }
    await sleep(500);
  }
  throw new Error(`run ${id} did not get there in time`);
}

// CPU seconds per thread name of one process (utime + stime of every thread).
function threadCpu(pid) {
  const byName = {};
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const key = name.replace(/[0-9]+$/, '#');
      byName[key] = (byName[key] || 0) + (Number(fields[11]) + Number(fields[12])) / TICKS;
    } catch (e) {
      // the thread ended meanwhile
    }
  }
  return byName;
}

function children(pid) {
  return processTree()[pid] || [];
}

function descendants(root) {
  const children = processTree();
  const all = [];
  const walk = (pid) => {
    all.push(pid);
    (children[pid] || []).forEach(walk);
  };
  walk(root);
  return all;
}

// Child process ids by parent.
function processTree() {
  const children = {};
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children[ppid] = children[ppid] || []).push(Number(entry));
    } catch (e) {
      // gone
    }
  }
  return children;
}

// CPU seconds of the browser's processes.
function browserCpuNow(pids) {
  let total = 0;
  for (const pid of pids()) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(f[11]) + Number(f[12])) / TICKS;
    } catch (e) {
      // gone
    }
  }
  return total;
}

function diff(after, before) {
  const out = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] || 0);
    if (d > 0.005) out[k] = Math.round(d * 100) / 100;
  }
  return out;
}

function signal(pids, sig) {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch (e) {
      // gone
    }
  }
}

// Bytes the server has not yet handed to the browsers' sockets (Send-Q of its port).
function serverSendQueue() {
  const port = new URL(BASE).port || '80';
  try {
    const lines = execSync(`ss -tnH state established '( sport = :${port} )'`).toString().trim().split('\n');
    return lines.filter(Boolean).reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[1]), 0);
  } catch (e) {
    return -1;
  }
}

// Watches #progress-text's data-batch-at: when the page applied each update, and the next frame.
const OBSERVER = () => {
  window.__updates = [];
  const start = () => {
    new MutationObserver((mutations) => {
      const applied = performance.timeOrigin + performance.now();
      for (const m of mutations) {
        const at = Number(m.target.getAttribute('data-batch-at'));
        if (!at) continue;
        const entry = { at, applied, drawn: null };
        window.__updates.push(entry);
        requestAnimationFrame(() => (entry.drawn = performance.timeOrigin + performance.now()));
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-batch-at'] });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
};

// What a page that did not show the run's status shows instead: its address, text, the last
// console messages and failed requests, and a screenshot (STUCK_DIR, default /tmp).
async function describeStuck(page, runId, started, error) {
  const file = `${env('STUCK_DIR', '/tmp')}/watchers-stuck-run-${runId}-${Date.now()}.png`;
  let text = '';
  try {
    text = (await page.evaluate(() => document.body?.innerText || '', null)).slice(0, 1500);
    await page.screenshot({ path: file, timeout: 10_000 });
  } catch (e) {
    text += ` (could not read the page: ${e.message})`;
  }
  console.error(`a page of run ${runId} did not show its status after ${((Date.now() - started) / 1000).toFixed(0)} s` +
    ` (${error.message.split('\n')[0]}); it is at ${page.url()}, screenshot ${file}; its text:\n${text}` +
    `\nits last console messages and failed requests:\n${(page.__log || []).slice(-20).join('\n')}`);
}

// Opens the run's page in each, a few at a time, until each shows the run's status.
async function openPages(pages, runId) {
  for (let i = 0; i < pages.length; i += 5) {
    await Promise.all(
      pages.slice(i, i + 5).map(async (p) => {
        const started = Date.now();
        try {
          await p.goto(`${BASE}/runs/${runId}`, { timeout: 180_000 });
          if (new URL(p.url()).pathname.startsWith('/login')) {
            // Signed out since its sign-in (seen once with 30 contexts, not understood; BENCHMARKS.md):
            // say so with the session cookie then and now, sign in again and go on.
            const now = await sessionCookie(p);
            signedOut.push({ runId, at: new Date().toISOString(), signedInWith: p.__session, now });
            console.error(`a page was signed out: session cookie at its sign-in ${p.__session}, now ${now};` +
              ` its last requests:\n${(p.__log || []).slice(-20).join('\n')}`);
            await signIn(p);
            await p.goto(`${BASE}/runs/${runId}`, { timeout: 180_000 });
          }
          await p.waitForFunction(
            () => (document.querySelector('#job-status')?.textContent || '').trim() !== '',
            null,
            { timeout: 180_000 }
          );
        } catch (e) {
          await describeStuck(p, runId, started, e);
          throw e;
        }
      })
    );
  }
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}


// Pages found signed out when opening a run (each: the run, when, the session cookie at sign-in
// and then).
const signedOut = [];

async function sessionCookie(page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'JSESSIONID');
  return cookie ? cookie.value.slice(0, 8) : 'none';
}

async function signIn(page) {
  await page.goto(BASE + '/login');
  await page.locator('#vaadinLoginUsername input').fill(env('USERNAME', 'teacher'));
  await page.locator('#vaadinLoginPassword input').fill(env('PASSWORD', ''));
  await page.locator('#vaadinLoginPassword input').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  page.__session = await sessionCookie(page);
  await page.goto('about:blank');
}

async function signedInPages(browser, count) {
  const pages = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(OBSERVER);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.__log = [];
    const log = (line) => {
      page.__log.push(`${new Date().toISOString()} ${line}`);
      if (page.__log.length > 100) page.__log.shift();
    };
    page.on('console', (m) => log(`console ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    page.on('requestfailed', (r) => log(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 300 || !r.url().includes('/VAADIN/')) {
        log(`response ${r.status()}: ${r.request().method()} ${r.url().slice(0, 120)}`);
      }
    });
    await signIn(page);
    pages.push(page);
  }
  return pages;
}

// A condition: "0"; "1" (one live page, in a browser of its own); "30f" (30 pages, all frozen
// while the run trains);
// "30p" (29 frozen and one live probe page in a browser of its own); "30" (30 live pages).
function parse(condition) {
  const watchers = parseInt(condition, 10);
  const kind = condition.replace(/^[0-9]+/, '');
  const probe = watchers === 1 || kind === 'p';
  const main = watchers - (probe ? 1 : 0);
  // The main browser is stopped while the run trains unless its pages are the live watchers, so
  // its idle pages take no CPU in "0" and "1" either.
  return { watchers, frozen: kind === 'f' || kind === 'p', stopMain: !(kind === '' && main > 0), probe, main };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values, digits) =>
  `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}, ${Math.max(...values).toFixed(digits)}]`;

// One table over results: training time, CPU, latency per condition.
function summarize(results) {
  const conditions = [...new Set(results.map((r) => r.condition))];
  const base = results.filter((r) => r.condition === '0').map((r) => r.trainingSeconds);
  console.log('\n| watchers | runs | training s, median [min, max] | vs 0 watchers (medians) |' +
    ' JVM CPU s besides the training thread, median | of it ui-event-buffer | browsers CPU s |' +
    ' updates per page | latency ms p50 / p95 / max (n) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const condition of conditions) {
    const rs = results.filter((r) => r.condition === condition && r.status === 'FINISHED');
    if (rs.length === 0) continue;
    const seconds = rs.map((r) => r.trainingSeconds);
    const other = rs.map((r) =>
      Object.entries(r.jvmCpu).filter(([k]) => !k.startsWith('db-scheduler-po')).reduce((a, [, v]) => a + v, 0));
    const buffer = rs.map((r) => r.jvmCpu['ui-event-buffer'] || 0);
    const browsers = rs.map((r) => r.browserCpu);
    const updates = rs.flatMap((r) => r.updatesPerPage);
    const latency = rs.flatMap((r) => r.latencyMs);
    const vs = base.length && condition !== '0' ? `${(100 * (median(seconds) / median(base) - 1)).toFixed(1)}%` : '';
    console.log(`| ${condition} | ${rs.length} | ${spread(seconds, 2)} | ${vs} | ${median(other).toFixed(2)} |` +
      ` ${median(buffer).toFixed(2)} | ${median(browsers).toFixed(2)} | ${updates.length ? median(updates) : ''} |` +
      (latency.length
        ? ` ${percentile(latency, 0.5)} / ${percentile(latency, 0.95)} / ${Math.max(...latency)} (${latency.length}) |`
        : ' |'));
  }
}

// Navigates inside the app, as a click on a menu link does (Flow's router: no page load, the same
// UI and push connection), and waits until the page shows `path`.
async function navigateInApp(page, path) {
  await page.evaluate((href) => {
    window.__sinceLoad = (window.__sinceLoad || 0) + 1;
    const a = document.createElement('a');
    a.href = href;
    a.setAttribute('router-link', '');
    document.body.appendChild(a);
    a.click();
    a.remove();
  }, path);
  await page.waitForURL((url) => url.pathname === '/' + path, { timeout: 120_000 });
  if (!(await page.evaluate(() => window.__sinceLoad))) {
    throw new Error(`navigating to ${path} loaded the page anew instead of staying in the app`);
  }
}

async function watchRun(page, runId) {
  await navigateInApp(page, `runs/${runId}`);
  await page.waitForFunction(
    () => (document.querySelector('#job-status')?.textContent || '').trim() !== '',
    null,
    { timeout: 120_000 }
  );
}

async function leaveRun(page) {
  await navigateInApp(page, 'profile');
  await page.waitForFunction(() => !document.querySelector('#job-status'), null, { timeout: 120_000 });
}

// Batches trained so far and the training's own clock at the newest one.
async function trainedSoFar(runId) {
  const run = await api('GET', `/api/runs/${runId}`);
  const p = run.progress;
  if (!p || p.epoch == null) return { status: run.summary.status, steps: 0, seconds: 0 };
  return {
    status: run.summary.status,
    steps: (p.epoch - 1) * p.batchesPerEpoch + p.batch,
    seconds: p.elapsedSeconds
  };
}

// One long training (60,000 images a epoch, cancelled at the end) that the pages watch in some
// windows and leave in the others, in the order on, off, off, on, on, off, off, on, ... so that a
// drift of the machine's speed during the training weighs on both alike; pairs of neighbouring
// windows (1-2, 3-4, ...) are compared. Between two windows of different kinds the browser is
// woken, every page navigates inside the app (no page load) to the run page or away to the
// profile page, the browser is stopped again and SWITCH_S seconds pass; the browser is stopped
// during every window. Per window: batches per second on the training's own clock, the JVM's CPU
// by thread.
async function windowed(pages, mainPids) {
  const gate = await api('POST', '/api/runs', mlpGate('gate windows'));
  await waitStatus(gate.id, (s) => s !== 'QUEUED');
  const run = await api('POST', '/api/runs', cnn('watched in windows', 60000, 100));
  await openPages(pages, run.id);
  await sleep(SETTLE_S * 1000);
  let stopped = mainPids();
  signal(stopped, 'SIGSTOP');
  await api('POST', `/api/runs/${gate.id}/cancel`);
  await waitStatus(run.id, (s) => s === 'RUNNING');
  await sleep((SWITCH_S + 10) * 1000); // past the training's own warm-up
  const windows = [];
  let watching = true;
  try {
    for (let i = -WARM_WINDOWS; i < WINDOWS; i++) {
      const wanted = [true, false, false, true][(i + 4 * WARM_WINDOWS) % 4];
      if (wanted !== watching) {
        const switchStart = Date.now();
        signal(stopped, 'SIGCONT');
        await Promise.all(pages.map((p) => (wanted ? watchRun(p, run.id) : leaveRun(p))));
        stopped = mainPids();
        signal(stopped, 'SIGSTOP');
        watching = wanted;
        console.log(`  switched to ${watching ? 'watching' : 'not watching'} in ${((Date.now() - switchStart) / 1000).toFixed(1)} s`);
        await sleep(SWITCH_S * 1000);
      }
      const cpuBefore = threadCpu(JVM_PID);
      const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
      const a = await trainedSoFar(run.id);
      await sleep(WINDOW_S * 1000);
      const b = await trainedSoFar(run.id);
      const cpu = diff(threadCpu(JVM_PID), cpuBefore);
      if (b.status !== 'RUNNING') throw new Error(`the run ended (${b.status}) during window ${i + 1}`);
      const w = {
        window: i + 1, watchers: watching ? pages.length : 0, batches: b.steps - a.steps,
        seconds: Math.round((b.seconds - a.seconds) * 1000) / 1000, load, jvmCpu: cpu
      };
      w.msPerBatch = (1000 * w.seconds) / w.batches;
      if (i < 0) {
        console.log(`warm-up window, ${w.watchers} watchers: ${w.msPerBatch.toFixed(2)} ms a batch, JIT compiler` +
          ` ${(cpu['C2 CompilerThre'] || 0).toFixed(2)} s, ui-event-buffer ${(cpu['ui-event-buffer'] || 0).toFixed(2)} s`);
        continue;
      }
      windows.push(w);
      if (OUT) fs.appendFileSync(OUT, JSON.stringify({ mode: 'windows', ...w }) + '\n');
      const training = Object.entries(cpu).filter(([k]) => k.startsWith('db-scheduler-po')).reduce((s, [, v]) => s + v, 0);
      const other = Object.entries(cpu).filter(([k]) => !k.startsWith('db-scheduler-po')).reduce((s, [, v]) => s + v, 0);
      console.log(`window ${w.window} ${String(w.watchers).padStart(2)} watchers: ${w.batches} batches in ${w.seconds.toFixed(2)} s,` +
        ` ${w.msPerBatch.toFixed(2)} ms a batch, load ${load}; JVM CPU: training thread ${training.toFixed(2)} s,` +
        ` besides it ${other.toFixed(2)} s (${Object.entries(cpu).filter(([k]) => !k.startsWith('db-scheduler-po'))
          .sort((x, y) => y[1] - x[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')})`);
    }
  } finally {
    signal(stopped, 'SIGCONT');
    await api('POST', `/api/runs/${run.id}/cancel`);
  }
  await Promise.all(pages.map((p) => p.goto('about:blank')));
  summarizeWindows(windows);
}

function summarizeWindows(windows) {
  const pairs = [];
  for (let i = 0; i + 1 < windows.length; i += 2) {
    const [on, off] = windows[i].watchers ? [windows[i], windows[i + 1]] : [windows[i + 1], windows[i]];
    pairs.push(on.msPerBatch / off.msPerBatch - 1);
  }
  const mean = (ws) => ws.reduce((s, w) => s + w.seconds, 0) / ws.reduce((s, w) => s + w.batches, 0);
  const on = windows.filter((w) => w.watchers);
  const off = windows.filter((w) => !w.watchers);
  const cpu = (ws, pick) => median(ws.map((w) => Object.entries(w.jvmCpu).filter(([k]) => pick(k)).reduce((s, [, v]) => s + v, 0)));
  console.log(`\n| watchers | windows of ${WINDOW_S} s | ms a batch, median [min, max] | JVM CPU s a window besides the training thread, median | of it the JIT compiler (C2) | of it ui-event-buffer |`);
  console.log('|---|---|---|---|---|---|');
  for (const [name, ws] of [[String(on[0]?.watchers ?? 0), on], ['0', off]]) {
    if (!ws.length) continue;
    console.log(`| ${name} | ${ws.length} | ${spread(ws.map((w) => w.msPerBatch), 2)} |` +
      ` ${cpu(ws, (k) => !k.startsWith('db-scheduler-po')).toFixed(2)} | ${cpu(ws, (k) => k.startsWith('C2 ')).toFixed(2)} |` +
      ` ${cpu(ws, (k) => k === 'ui-event-buffer').toFixed(2)} |`);
  }
  if (pairs.length) {
    console.log(`\nWatched against unwatched, per pair of neighbouring windows (${pairs.length}):` +
      ` ${pairs.map((p) => `${(100 * p).toFixed(1)}%`).join(', ')}; median ${(100 * median(pairs)).toFixed(1)}%;` +
      ` over all windows ${(100 * (mean(on) / mean(off) - 1)).toFixed(1)}% (time a batch)`);
  }
}

async function main() {
  if (env('SUMMARY', '')) {
    summarize(fs.readFileSync(env('SUMMARY', ''), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    process.exit(0);
  }
  const results = [];
  const parsed = CONDITIONS.map(parse);
  const mainCount = Math.max(0, ...parsed.map((c) => c.main));
  const mainBrowser = mainCount > 0 ? await launch() : null;
  // The main browser is this process's first child: its tree is what a frozen condition stops.
  const mainRoots = children(process.pid);
  const mainPids = () => mainRoots.flatMap(descendants);
  const pages = mainBrowser ? await signedInPages(mainBrowser, mainCount) : [];
  const probeBrowser = parsed.some((c) => c.probe) ? await launch() : null;
  const probePages = probeBrowser ? await signedInPages(probeBrowser, 1) : [];
  const allPids = () => descendants(process.pid).filter((pid) => pid !== process.pid);
  console.log(`${pages.length} + ${probePages.length} browser contexts signed in (one session each)`);

  // Trains once under one condition; rep 0 is a warm-up (JIT, the pages' code paths), not kept.
  async function train(condition, rep, images, epochs) {
    const c = parse(condition);
    // A gate run (a long MLP, one thread) holds the queue while the pages open on the measured
    // run, still queued; it is cancelled once they are open.
    const gate = await api('POST', '/api/runs', mlpGate(`gate ${rep} ${condition}`));
    await waitStatus(gate.id, (s) => s !== 'QUEUED');
    const run = await api('POST', '/api/runs', cnn(`watched ${rep} ${condition}`, images, epochs));
    const frozenPages = pages.slice(0, c.main);
    const open = [...frozenPages, ...(c.probe ? probePages : [])];
    try {
      await openPages(open, run.id);
    } catch (e) {
      await api('POST', `/api/runs/${run.id}/cancel`);
      await api('POST', `/api/runs/${gate.id}/cancel`);
      throw e;
    }
    await sleep(SETTLE_S * 1000);
    const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const stopped = c.stopMain ? mainPids() : [];
    signal(stopped, 'SIGSTOP');
    const jvmBefore = threadCpu(JVM_PID);
    const browserBefore = browserCpuNow(allPids);
    const wallStart = Date.now();
    await api('POST', `/api/runs/${gate.id}/cancel`);
    const done = await waitStatus(run.id, (s) => !['QUEUED', 'RUNNING'].includes(s));
    const wall = (Date.now() - wallStart) / 1000;
    const sendQueue = serverSendQueue();
    const jvm = diff(threadCpu(JVM_PID), jvmBefore);
    const browserCpu = browserCpuNow(allPids) - browserBefore;
    signal(stopped, 'SIGCONT');
    await sleep(stopped.length ? 3000 : 1000);
    const live = c.frozen ? (c.probe ? probePages : []) : open;
    const latencies = [];
    const drawn = [];
    const updatesSeen = [];
    for (const p of open) {
      const updates = await p.evaluate(() => window.__updates.splice(0));
      updatesSeen.push(updates.length);
      if (!live.includes(p)) continue;
      for (const u of updates) {
        latencies.push(u.applied - u.at);
        if (u.drawn) drawn.push(u.drawn - u.at);
      }
    }
    await Promise.all(open.map((p) => p.goto('about:blank')));
    const epochSeconds = done.history.map((h) => h.seconds);
    const result = {
      rep, condition, ...c, status: done.summary.status, load,
      trainingSeconds: epochSeconds.reduce((a, b) => a + b, 0), epochSeconds, wall,
      jvmCpu: jvm, browserCpu: Math.round(browserCpu * 100) / 100, sendQueue,
      updatesPerPage: updatesSeen, latencyMs: latencies.map(Math.round), drawnMs: drawn.map(Math.round)
    };
    if (rep === 0) {
      console.log(`warm-up ${condition}: ${result.status} in ${result.trainingSeconds.toFixed(2)} s`);
      return;
    }
    results.push(result);
    if (OUT) fs.appendFileSync(OUT, JSON.stringify(result) + '\n');
    const jvmTotal = Object.values(jvm).reduce((a, b) => a + b, 0);
    const training = Object.entries(jvm).filter(([k]) => k.startsWith('db-scheduler-po')).reduce((a, [, v]) => a + v, 0);
    console.log(
      `rep ${rep} ${condition.padStart(4)}: ${result.status} training ${result.trainingSeconds.toFixed(2)} s` +
        ` (epochs ${epochSeconds.map((x) => x.toFixed(2)).join(', ')}), load before ${load},` +
        ` JVM CPU ${jvmTotal.toFixed(1)} s (training thread ${training.toFixed(1)}, ui-event-buffer` +
        ` ${(jvm['ui-event-buffer'] || 0).toFixed(2)}), browsers ${result.browserCpu} s` +
        (latencies.length
          ? `, latency p50 ${percentile(latencies, 0.5).toFixed(0)} p95 ${percentile(latencies, 0.95).toFixed(0)}` +
            ` max ${Math.max(...latencies).toFixed(0)} ms (n ${latencies.length})`
          : '') +
        (c.frozen ? `, server send queue at the end ${sendQueue} bytes` : '')
    );
  }

  const warmUp = [...new Set(['0', ...CONDITIONS.filter((x) => parse(x).main === mainCount)])];
  for (let round = 0; round < WARMUPS; round++) {
    for (const condition of warmUp) {
      await train(condition, 0, Math.max(1000, Math.round(IMAGES / 5)), 1);
    }
  }
  if (WINDOWS > 0) {
    await windowed(pages, mainPids);
    await Promise.race([Promise.all([mainBrowser, probeBrowser].filter(Boolean).map((b) => b.close())), sleep(10_000)]);
    process.exit(0);
  }
  for (let rep = 1; rep <= REPS; rep++) {
    const order = rep % 2 === 1 ? CONDITIONS : [...CONDITIONS].reverse();
    for (const condition of order) {
      await train(condition, rep, IMAGES, EPOCHS);
    }
  }
  summarize(results);
  if (signedOut.length) {
    console.log(`\n${signedOut.length} page(s) were found signed out when opening a run and signed in again:` +
      ` ${JSON.stringify(signedOut)}`);
  }
  await Promise.race([Promise.all([mainBrowser, probeBrowser].filter(Boolean).map((b) => b.close())), sleep(10_000)]);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
