// partner-tier rules workbench: plain JavaScript over the analyst endpoints (/rules, /rules/validate, /rules/test,
// /rules/try-scenarios, /rules/try, /rules/simulate). Every call carries X-Workbench, which lets the session cookie authenticate it
// (WorkbenchSession) and which no page of another site can add. Nothing here activates rules.
"use strict";

const TEXT = {
  en: {
    title: "Rules workbench", active: "Active rules", language: "Language", signOut: "Sign out", files: "Rule files",
    coverageNote: "● fired by a scenario · ○ fired by none", editing: "Editing", download: "Download this file",
    reset: "Undo my edits",
    neverActivates: "Nothing here goes live: to activate an edit, put the downloaded file in the rules folder (or its ConfigMap), reviewed like any change.",
    tryTab: "Try a partner", scenariosTab: "Scenarios", whatifTab: "What-if", example: "Example",
    tryButton: "Decide with the edited rules", scenariosNote: "Runs the scenarios of the rules folder against your edits, or against the active rules when nothing is edited; your edits of the scenario files below take the place of the folder's.",
    scenariosOn: (on) => ({ rules: "On your edits", both: "On your edits of rules and scenarios", scenarios: "Your edited scenarios on the active rules", none: "On the active rules" })[on], expected: "expected", got: "got",
    pageTitle: "partner-tier · rules workbench", fileLabel: "File", partnerLabel: "Partner (JSON)", portfolioLabel: "Portfolio (NDJSON)",
    scenarioFiles: "Scenario files", jsonOk: (n) => `JSON: ${n} ${n === 1 ? "scenario" : "scenarios"}. Run them under Scenarios.`, notJson: "Not JSON: ",
    addScenario: "Add as a scenario", addScenarioNote: "Keeps this partner and what these rules decide for it as a scenario in the open scenario file (or a new one): then download the file.",
    fixScenarioFile: (file) => `${file} is not JSON: fix it first.`,
    candidatesOff: "Edited rules may not run on this service (rules.candidates-enabled=false): the scenarios ran on the active rules, without your rule edits.",
    noRuleEdit: "What-if compares an edit of the rule files with the active rules: edit a rule file first.",
    runScenarios: "Run the scenarios",
    whatifNote: "Paste or upload a portfolio (one partner per line, NDJSON): each partner is decided with the active rules and with your edit, and you see who changes tier and why.",
    loadPortfolio: "Load the example portfolio", upload: "Upload", simulate: "Simulate my edit",
    checking: "Checking…", compiles: (n) => `Compiles: ${n} rules.`, errors: (n) => `${n} ${n === 1 ? "error" : "errors"} — nothing is checked further until they are fixed.`,
    line: "line", column: "column", guessed: "(line guessed)", edited: "edited", unchanged: "no edits",
    excludedTitle: "Not counted", tier: "Tier", byCandidate: "with your edit", byActive: "with the active rules", explanation: "Why", gaps: "Still missing",
    fired: "Rules that fired", passed: (p, f) => `${p} passed, ${f} failed.`, neverFired: "Rules no scenario fired",
    coverageNotCounted: "Rule coverage is not counted: the rules decided no scenario's partner, or failed on one.",
    changes: (n) => `${n} ${n === 1 ? "partner changes" : "partners change"} tier`, keep: (n) => `${n} keep${n === 1 ? "s" : ""} their tier.`,
    notRead: "could not be read", failedOn: (rules) => `the ${rules === "active" ? "active" : "edited"} rules fail on this partner`, met: "met", notMet: "not met", of: "of", badJson: "This is not JSON: ",
    emptyPortfolio: "Paste at least one partner, one per line.", candidateErrors: "Your edit does not compile; fix it first.",
    requirement: { performance: "performance", exams: "exams" }, level: { SILVER: "Silver", GOLD: "Gold" },
    scenariosFailing: (f, all) => `${f} of ${all} scenarios fail on the active rules`,
    liveFailures: (n) => `the active rules failed on ${n} ${n === 1 ? "partner" : "partners"}`,
    reloadError: (where) => `the last edit of the rules folder did not go live (${where})`,
    stale: "These results are of an earlier edit or language: run again.",
    sessionEnded: "your session has ended: download your edits before you sign in again",
    shifted: (n) => `Of those, ${n} keep${n === 1 ? "s" : ""} the tier with requirements that change:`,
    pass: "PASS", fail: "FAIL", andMore: (n) => `and ${n} more`,
  },
  ko: {
    title: "규칙 워크벤치", active: "활성 규칙", language: "언어", signOut: "로그아웃", files: "규칙 파일",
    coverageNote: "● 시나리오가 실행한 규칙 · ○ 어떤 시나리오도 실행하지 않은 규칙", editing: "편집 중", download: "이 파일 내려받기",
    reset: "편집 되돌리기",
    neverActivates: "여기서는 아무것도 적용되지 않습니다. 변경을 적용하려면 내려받은 파일을 검토를 거쳐 규칙 폴더(또는 ConfigMap)에 넣으세요.",
    tryTab: "파트너 판정해 보기", scenariosTab: "시나리오", whatifTab: "가상 분석", example: "예시",
    tryButton: "편집한 규칙으로 판정", scenariosNote: "규칙 폴더의 시나리오를 편집한 규칙으로, 편집이 없으면 활성 규칙으로 실행합니다. 아래 시나리오 파일을 편집하면 폴더의 같은 파일 대신 실행됩니다.",
    scenariosOn: (on) => ({ rules: "편집한 규칙으로 실행", both: "편집한 규칙과 시나리오로 실행", scenarios: "편집한 시나리오를 활성 규칙으로 실행", none: "활성 규칙으로 실행" })[on], expected: "기대", got: "실제",
    pageTitle: "partner-tier · 규칙 워크벤치", fileLabel: "파일", partnerLabel: "파트너(JSON)", portfolioLabel: "포트폴리오(NDJSON)",
    scenarioFiles: "시나리오 파일", jsonOk: (n) => `JSON: 시나리오 ${n}개. 시나리오 탭에서 실행하세요.`, notJson: "JSON이 아닙니다: ",
    addScenario: "시나리오로 추가", addScenarioNote: "이 파트너와 이 규칙의 판정을 열려 있는 시나리오 파일(없으면 새 파일)에 시나리오로 남깁니다. 그다음 파일을 내려받으세요.",
    fixScenarioFile: (file) => `${file}은(는) JSON이 아닙니다. 먼저 고치세요.`,
    candidatesOff: "이 서비스에서는 편집한 규칙을 실행할 수 없습니다(rules.candidates-enabled=false). 시나리오는 규칙 편집 없이 활성 규칙으로 실행되었습니다.",
    noRuleEdit: "가상 분석은 편집한 규칙 파일을 활성 규칙과 비교합니다. 먼저 규칙 파일을 편집하세요.",
    runScenarios: "시나리오 실행",
    whatifNote: "포트폴리오(한 줄에 파트너 하나, NDJSON)를 붙여 넣거나 올리세요. 각 파트너를 활성 규칙과 편집한 규칙으로 판정해 등급이 바뀌는 파트너와 이유를 보여 줍니다.",
    loadPortfolio: "예시 포트폴리오 불러오기", upload: "파일 올리기", simulate: "편집 결과 가상 분석",
    checking: "확인 중…", compiles: (n) => `컴파일 성공: 규칙 ${n}개.`, errors: (n) => `오류 ${n}개 — 고칠 때까지 더 확인하지 않습니다.`,
    line: "줄", column: "열", guessed: "(추정한 줄)", edited: "편집됨", unchanged: "편집 없음",
    excludedTitle: "집계에서 제외", tier: "등급", byCandidate: "편집한 규칙 기준", byActive: "활성 규칙 기준", explanation: "이유", gaps: "부족한 점",
    fired: "실행된 규칙", passed: (p, f) => `통과 ${p}개, 실패 ${f}개.`, neverFired: "어떤 시나리오도 실행하지 않은 규칙",
    coverageNotCounted: "시나리오가 실행한 규칙을 집계하지 않았습니다: 규칙이 판정한 시나리오가 없거나, 한 시나리오에서 규칙이 실패했습니다.",
    changes: (n) => `등급이 바뀌는 파트너 ${n}곳`, keep: (n) => `등급이 그대로인 파트너 ${n}곳.`,
    notRead: "읽을 수 없음", failedOn: (rules) => `이 파트너에서 ${rules === "active" ? "현재" : "편집한"} 규칙이 실패합니다`, met: "충족", notMet: "미충족", of: "/", badJson: "JSON이 아닙니다: ",
    emptyPortfolio: "한 줄에 하나씩 파트너를 하나 이상 붙여 넣으세요.", candidateErrors: "편집한 규칙이 컴파일되지 않습니다. 먼저 고치세요.",
    requirement: { performance: "실적", exams: "시험" }, level: { SILVER: "실버", GOLD: "골드" },
    scenariosFailing: (f, all) => `시나리오 ${all}개 중 ${f}개가 활성 규칙에서 실패합니다`,
    liveFailures: (n) => `활성 규칙이 파트너 ${n}곳에서 실패했습니다`,
    reloadError: (where) => `규칙 폴더의 마지막 변경이 적용되지 않았습니다(${where})`,
    stale: "이전 편집이나 언어의 결과입니다. 다시 실행하세요.",
    sessionEnded: "세션이 끝났습니다. 다시 로그인하기 전에 편집한 파일을 내려받으세요",
    shifted: (n) => `그중 ${n}곳은 등급은 그대로지만 요건이 바뀝니다:`,
    pass: "통과", fail: "실패", andMore: (n) => `외 ${n}곳`,
    what: {
      tier: "등급", activeEntitlements: "활성 권리 유형", qualifiedIndividuals: "시험 요건을 통과한 개인", gaps: "부족한 점",
      excluded: "집계 제외", explanation: "설명", decision: "판정", scenario: "시나리오", requirement: "요건", gap: "부족한 점",
      rule: "규칙", met: "충족", actual: "현재", required: "필요", amount: "수량", closest: "가장 가까운 개인",
    },
  },
};

const state = { lang: "en", edits: 0, openSeq: 0, rules: null, scenarioNames: [], files: {}, original: {}, current: null, examples: null, neverFired: null, checkTimer: null, checkSeq: 0 };
/** The workbench's key of a scenario file ("scenarios/tier.json"), apart from the rule files' paths; its name follows. */
const SCENARIOS = "scenarios/";
/** Where "Add as a scenario" writes when no scenario file is open. */
const NEW_SCENARIO_FILE = "workbench-scenarios.json";
const isScenario = (key) => key.startsWith(SCENARIOS);
const isEdited = (key) => state.files[key] !== undefined && state.files[key] !== state.original[key];
const $ = (id) => document.getElementById(id);
const t = (key, ...args) => { const v = TEXT[state.lang][key]; return typeof v === "function" ? v(...args) : v; };
const n = (x) => Number(x).toLocaleString("en-US");

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("data")) node.setAttribute(k.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase()), v); else node[k] = v;
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

async function call(method, path, body, contentType = "application/json") {
  const headers = { "X-Workbench": "1", "Accept-Language": state.lang };
  if (body !== undefined) headers["Content-Type"] = contentType;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : (typeof body === "string" ? body : JSON.stringify(body)) });
  if (response.status === 401) { location.reload(); throw new Error("signed out"); }
  const type = response.headers.get("Content-Type") || "";
  const payload = type.includes("json") ? await response.json() : await response.text();
  return { status: response.status, body: payload };
}

function translate() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll("[data-i18n-label]").forEach((node) => { node.setAttribute("aria-label", t(node.dataset.i18nLabel)); });
  document.title = t("pageTitle");
}

// --- rule files --------------------------------------------------------------------------------------------

async function loadRules() {
  const { status, body } = await call("GET", "/rules");
  if (status !== 200) return; // a replica restarting, a gateway's error page: keep what is shown
  state.rules = body;
  $("version").textContent = body.version;
  const names = await call("GET", "/rules/scenario-files");
  if (names.status === 200) state.scenarioNames = names.body.files;
  renderHealth();
  renderFiles();
  if (!state.current) await openFile(body.files.find((f) => f.path === "performance.drl") ? "performance.drl" : body.files[0].path);
}

/**
 * GET /rules in the background: never reloads the page on its own (an expired session would throw away unsaved edits;
 * the next action the analyst takes signs in again), and a network error only waits for the next look.
 */
async function refreshRules() {
  try {
    const response = await fetch("/rules", { headers: { "X-Workbench": "1", "Accept-Language": state.lang } });
    if (response.status === 401) { $("active-health").textContent = "⚠ " + t("sessionEnded"); return; }
    if (!response.ok) return;
    state.rules = await response.json();
    $("version").textContent = state.rules.version;
    const names = await fetch("/rules/scenario-files", { headers: { "X-Workbench": "1" } });
    if (names.ok) state.scenarioNames = (await names.json()).files;
    renderHealth();
    renderFiles();
  } catch (e) {
    // offline or a replica restarting: the next look will do
  }
}

/** What an analyst should know of the active rules: scenarios failing on them, partners they failed on, an edit refused. */
function renderHealth() {
  const rules = state.rules;
  const said = [];
  const details = [];
  if (rules.scenarios && rules.scenarios.failed > 0) {
    said.push(t("scenariosFailing", rules.scenarios.failed, rules.scenarios.passed + rules.scenarios.failed));
    for (const s of rules.scenarios.failing) {
      details.push(`${s.name} (${s.file}): ${s.mismatches.map((m) => `${whatLabel(m.what)}: ${t("expected")} ${m.expected}, ${t("got")} ${m.actual}`).join("; ")}`);
    }
  }
  const failed = (rules.failures || []).reduce((sum, f) => sum + f.count, 0);
  if (failed > 0) {
    said.push(t("liveFailures", failed));
    for (const f of rules.failures) details.push(`${f.rules.map((r) => `${r.name} (${r.file}, ${t("line")} ${r.line})`).join(", ") || "?"}: ${f.count}${f.hint ? " — " + f.hint : ""}`);
  }
  const refused = rules.lastReloadError && rules.lastReloadError.errors[0];
  if (refused) {
    // Where, as the header has room for; the engine's message (English) only in the details, after the hint in the page's language
    said.push(t("reloadError", refused.file ? `${refused.file}${refused.line > 0 ? `, ${t("line")} ${refused.line}` : ""}` : (refused.hint || refused.message)));
    details.push((refused.hint ? refused.hint + " — " : "") + refused.message);
  }
  $("active-health").textContent = said.length ? "⚠ " + said.join(" · ") : "";
  $("active-health").title = details.join("\n");
}

const RESULT_PANES = ["try-result", "scenario-result", "simulation-result"];

/**
 * An edit or a change of language: the results on screen are of an earlier one, until run again. An edit of a scenario
 * file changes only what the scenarios give.
 */
function markStale(panes = RESULT_PANES) {
  const before = state.edits++;
  for (const id of RESULT_PANES) {
    // a pane this edit does not concern stays as current as it was (including a run under way)
    if (!panes.includes(id) && Number($(id).dataset.runAt || 0) === before) $(id).dataset.runAt = String(state.edits);
  }
  panes.forEach((id) => settle($(id)));
}

/** A result pane about to show the results of a run on the edits as they are now. */
function fresh(pane) {
  pane.dataset.runAt = String(state.edits);
  return pane;
}

/**
 * What a scenario's mismatch is about, as the page's language says it. The report's `what` is a key (the service never
 * translates it: clients read `decision`); its words are translated here, for Korean.
 */
function whatLabel(what) {
  const words = TEXT[state.lang].what;
  if (!words) return what;
  if (words[what]) return words[what];
  let m;
  if ((m = /^requirement (\w+) (\w+)(?: (met|actual|required))?$/.exec(what))) {
    return `${words.requirement} ${TEXT[state.lang].level[m[1]] || m[1]} ${TEXT[state.lang].requirement[m[2]] || m[2]}${m[3] ? " " + words[m[3]] : ""}`;
  }
  if ((m = /^gap (\w+) (\w+)(?: (amount|closest))?$/.exec(what))) {
    return `${words.gap} ${TEXT[state.lang].level[m[1]] || m[1]} ${TEXT[state.lang].requirement[m[2]] || m[2]}${m[3] ? " " + words[m[3]] : ""}`;
  }
  if ((m = /^rule "(.*)"$/.exec(what))) return `${words.rule} "${m[1]}"`;
  if ((m = /^explanation \(([\w-]+)\)$/.exec(what))) return `${words.explanation} (${m[1]})`;
  return what;
}

/** Marks a pane stale, with a note, when its results are of a run begun before the latest edit (also once they arrive). */
function settle(pane) {
  const stale = pane.firstChild !== null && Number(pane.dataset.runAt || 0) !== state.edits;
  pane.classList.toggle("stale", stale);
  const note = pane.querySelector(".stale-note");
  if (stale && !note) pane.prepend(el("p", { class: "stale-note" }, t("stale")));
  pane.querySelectorAll("#add-scenario").forEach((button) => { button.disabled = stale; }); // it would keep an earlier answer
  if (!stale && note) note.remove();
}

function renderFiles() {
  const list = $("file-list");
  list.replaceChildren();
  for (const file of state.rules.files) {
    const button = el("button", { type: "button", class: "file" + (file.path === state.current ? " selected" : "") }, file.path + (isEdited(file.path) ? " *" : ""));
    button.dataset.file = file.path;
    button.addEventListener("click", () => openFile(file.path));
    const rules = el("ul");
    for (const rule of state.rules.rules.filter((r) => r.file === file.path).sort((a, b) => a.line - b.line)) {
      const mark = state.neverFired === null ? "" : state.neverFired.has(rule.name) ? "○ " : "● ";
      rules.append(el("li", {},
        el("span", { class: state.neverFired === null ? "" : state.neverFired.has(rule.name) ? "not-covered" : "covered" }, mark),
        el("span", { class: "rule-name" }, rule.name), el("span", { class: "description" }, rule.description)));
    }
    list.append(el("li", {}, button, rules));
  }
  // The folder's scenario files, and those the analyst made here ("Add as a scenario")
  const scenarios = $("scenario-file-list");
  scenarios.replaceChildren();
  const names = new Set(state.scenarioNames);
  Object.keys(state.files).filter(isScenario).forEach((key) => names.add(key.slice(SCENARIOS.length)));
  for (const name of [...names].sort()) {
    const key = SCENARIOS + name;
    const button = el("button", { type: "button", class: "file" + (key === state.current ? " selected" : "") }, name + (isEdited(key) ? " *" : ""));
    button.dataset.file = key;
    button.addEventListener("click", () => openFile(key));
    scenarios.append(el("li", {}, button));
  }
}

async function openFile(path) {
  const seq = ++state.openSeq;
  if (state.files[path] === undefined || !isEdited(path)) { // unedited: read again, the folder may have changed since
    const url = isScenario(path) ? "/rules/scenario-files/" + encodeURIComponent(path.slice(SCENARIOS.length))
      : "/rules/files/" + encodeURIComponent(path).replace(/%2F/g, "/");
    const { status, body } = await call("GET", url);
    if (seq !== state.openSeq) return; // another file was asked for meanwhile
    if (isEdited(path)) return; // typed into while it was read: the typing stays
    if (status !== 200) { // deleted from the folder since the list was read
      $("check-status").className = "bad";
      $("check-status").textContent = `${path}: ${body.detail || body.title || status}`;
      return;
    }
    const text = body.replace(/\r\n?/g, "\n"); // as the editor holds it: a file saved with Windows line ends is not "edited"
    state.files[path] = text;
    state.original[path] = text;
  }
  state.current = path;
  $("file-name").textContent = path;
  $("source").value = state.files[path];
  renderGutter([]);
  renderFiles();
  check();
}

// --- editor: checked as the analyst types -------------------------------------------------------------------

function renderGutter(errorLines) {
  const lines = $("source").value.split("\n").length;
  const gutter = $("gutter");
  gutter.replaceChildren();
  for (let i = 1; i <= lines; i++) {
    const span = el("span", { class: errorLines.includes(i) ? "error" : "" }, i);
    span.dataset.line = i;
    gutter.append(span);
  }
  gutter.scrollTop = $("source").scrollTop;
}

/** The edited rule files. */
function edited() {
  return Object.keys(state.files).filter((p) => !isScenario(p) && isEdited(p)).map((p) => ({ path: p, content: state.files[p] }));
}

/** The edited (or new) scenario files, by name, as POST /rules/try-scenarios takes them. */
function editedScenarios() {
  return Object.keys(state.files).filter((p) => isScenario(p) && isEdited(p)).map((p) => ({ path: p.slice(SCENARIOS.length), content: state.files[p] }));
}

/** The files of the candidate: every edited rule file, and the open one (so that a check always compiles something). */
function candidateFiles() {
  const files = edited();
  if (!isScenario(state.current) && !files.some((f) => f.path === state.current)) files.push({ path: state.current, content: state.files[state.current] });
  return files;
}

function scheduleCheck() {
  state.files[state.current] = $("source").value;
  renderGutter([]);
  clearTimeout(state.checkTimer);
  $("check-status").className = "";
  $("check-status").textContent = t("checking");
  state.checkTimer = setTimeout(check, 400);
}

/** A scenario file is data: it is checked here for JSON (its scenarios are read when they run). */
function checkScenarioFile() {
  state.checkSeq++; // a rule file's check under way is of another file
  $("errors").replaceChildren();
  const status = $("check-status");
  try {
    const parsed = JSON.parse($("source").value);
    status.className = "ok";
    status.textContent = t("jsonOk", Array.isArray(parsed) ? parsed.length : 1);
    renderGutter([]);
  } catch (e) {
    status.className = "bad";
    status.textContent = t("notJson") + e.message;
    const at = /line (\d+)/.exec(e.message) || null;
    const position = /position (\d+)/.exec(e.message);
    const line = at ? Number(at[1]) : position ? $("source").value.slice(0, Number(position[1])).split("\n").length : 0;
    renderGutter(line ? [line] : []);
  }
  renderFiles();
}

async function check() {
  if (isScenario(state.current)) { checkScenarioFile(); return; }
  const seq = ++state.checkSeq;
  $("check-status").textContent = t("checking");
  const { status, body } = await call("POST", "/rules/validate", { files: candidateFiles() });
  if (seq !== state.checkSeq) return; // a newer edit is being checked
  const status_ = $("check-status");
  const list = $("errors");
  list.replaceChildren();
  if (status !== 200) { status_.className = "bad"; status_.textContent = body.detail || String(status); return; }
  if (body.valid) {
    status_.className = "ok";
    status_.textContent = t("compiles", body.rules);
    renderGutter([]);
  } else {
    status_.className = "bad";
    status_.textContent = t("errors", body.errors.length);
    const here = body.errors.filter((e) => e.file === state.current).map((e) => e.line);
    renderGutter(here);
    for (const error of body.errors) {
      const where = `${error.file}, ${t("line")} ${error.line}` + (error.column ? `, ${t("column")} ${error.column}` : "") + (error.lineGuessed ? " " + t("guessed") : "");
      const item = el("li", {}, el("span", { class: "where" }, where));
      item.dataset.line = error.line;
      item.dataset.file = error.file;
      if (error.hint) item.append(el("span", { class: "hint" }, error.hint));
      item.append(el("span", { class: "message" }, error.message));
      item.addEventListener("click", () => jumpTo(error.file, error.line));
      list.append(item);
    }
  }
  renderFiles();
}

async function jumpTo(file, line) {
  if (file !== state.current && state.rules.files.some((f) => f.path === file)) await openFile(file);
  const source = $("source");
  const lines = source.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  source.focus();
  source.setSelectionRange(start, start + (lines[line - 1] || "").length);
  source.scrollTop = Math.max(0, (line - 5) * 18);
}

function download() {
  const blob = new Blob([state.files[state.current]], { type: "text/plain;charset=utf-8" });
  const link = el("a", { href: URL.createObjectURL(blob), download: state.current.split("/").pop() });
  document.body.append(link);
  link.click();
  link.remove();
}

// --- try a partner ------------------------------------------------------------------------------------------

function renderAnswer(target, result, partner) {
  const answer = result.answer;
  const box = el("div", { class: "result" },
    el("p", {}, t("tier") + " ", el("span", { class: "tier " + answer.tier }, answer.tier), " ",
      el("span", { class: "note" }, (result.candidate ? t("byCandidate") : t("byActive")) + " · " + result.version)));
  box.append(el("h3", {}, t("explanation")), el("ul", {}, ...answer.explanation.map((s) => el("li", {}, s))));
  // What the portal shows too: each gap with the people one step from qualifying, and what does not count
  const missing = answer.gaps.flatMap((g) => g.missing.flatMap((m) => [m.explanation, ...(m.closest || []).map((c) => "· " + c.explanation)]));
  if (missing.length) box.append(el("h3", {}, t("gaps")), el("ul", {}, ...missing.map((s) => el("li", {}, s))));
  const excluded = (answer.excluded || []).map((x) => x.explanation);
  if (excluded.length) box.append(el("h3", {}, t("excludedTitle")), el("ul", { class: "excluded" }, ...excluded.map((s) => el("li", {}, s))));
  box.append(el("h3", {}, t("fired")), el("ul", {}, ...answer.firedRules.map((r) => el("li", {}, `${r.name} (${r.file})`))));
  const add = el("button", { type: "button", id: "add-scenario", title: t("addScenarioNote") }, t("addScenario"));
  add.addEventListener("click", () => addScenario(partner, answer));
  box.append(el("p", {}, add));
  target.replaceChildren(box);
}

function renderProblem(target, body) {
  const list = el("ul", {}, ...(body.errors || []).map((e) => el("li", {}, `${e.field}: ${e.message}`)));
  target.replaceChildren(el("p", { class: "error" }, body.detail || body.title || "error"), list);
}

async function tryPartner() {
  const target = fresh($("try-result"));
  let partner;
  try { partner = JSON.parse($("try-partner").value); } catch (e) { target.replaceChildren(el("p", { class: "error" }, t("badJson") + e.message)); return; }
  const { status, body } = await call("POST", "/rules/try", { partner, files: edited() });
  if (status === 200) renderAnswer(target, body, partner); else renderProblem(target, body);
}

// --- scenarios ----------------------------------------------------------------------------------------------

/** A message as a sentence, so that a hint after it reads apart. */
function sentence(text) {
  return /[.!?]$/.test(text) ? text : text + ".";
}

async function runScenarios() {
  let files = edited();
  const scenarios = editedScenarios();
  const target = fresh($("scenario-result"));
  // With edits, the scenarios run on them (the candidate, as ./check-rules runs a folder), edited scenario files in place
  // of the folder's; else on the active rules, as also where candidates may not run (403, rules.candidates-enabled=false).
  const run = () => files.length || scenarios.length ? call("POST", "/rules/try-scenarios", { files, scenarios }) : call("POST", "/rules/test", "");
  let { status, body } = await run();
  let dropped = false;
  if (files.length && status === 403) { // the workbench's caller is an analyst: only candidates can be refused
    files = [];
    dropped = true;
    ({ status, body } = await run());
  }
  if (status !== 200) { renderProblem(target, body); return; }
  if (!body.valid) {
    target.replaceChildren(el("p", { class: "error" }, t("candidateErrors")), el("ul", {}, ...body.errors.map((e) => el("li", {}, `${e.file}:${e.line} ${e.hint || e.message}`))));
    return;
  }
  const report = body.scenarios;
  // Not counted (no scenario decided, or the rules failed on one): no rule is marked covered or not.
  state.neverFired = report.coverageCounted ? new Set(report.rulesNeverFired.map((r) => r.name)) : null;
  const box = el("div", { class: "result" }, el("p", { class: report.failed ? "fail" : "pass" }, t("passed", report.passed, report.failed),
    " ", el("span", { class: "note" }, `${t("scenariosOn", files.length ? (scenarios.length ? "both" : "rules") : scenarios.length ? "scenarios" : "none")} · ${body.version}`)));
  if (dropped) box.append(el("p", { class: "error candidates-off" }, t("candidatesOff")));
  const list = el("ul");
  for (const s of [...report.scenarios.filter((r) => !r.passed), ...report.scenarios.filter((r) => r.passed)]) { // failures first
    const item = el("li", { class: s.passed ? "pass" : "fail" }, `${t(s.passed ? "pass" : "fail")} ${s.name} (`, scenarioFileLink(s.file, s.name, s.mismatches), ")");
    if (!s.passed) item.append(el("ul", {}, ...s.mismatches.map((m) => {
      const text = `${whatLabel(m.what)}: ${t("expected")} ${m.expected}, ${t("got")} ${m.actual}`;
      return el("li", {}, m.hint ? `${sentence(text)} ${m.hint}` : text);
    })));
    list.append(item);
  }
  box.append(list);
  if (!report.coverageCounted) box.append(el("p", { class: "note" }, t("coverageNotCounted")));
  if (report.rulesNeverFired.length) box.append(el("h3", {}, t("neverFired")), el("ul", {}, ...report.rulesNeverFired.map((r) => el("li", {}, `${r.name} (${r.file}:${r.line})`))));
  $("scenario-result").replaceChildren(box);
  renderFiles();
}

/**
 * A scenario file's name in a result: opens it in the editor at the scenario (its name as written, Korean escaped as
 * \uXXXX or not), or at the line a complaint names (a file that is not JSON), when it is a file the workbench lists.
 */
function scenarioFileLink(name, scenario, mismatches = []) {
  const key = SCENARIOS + name;
  if (!state.scenarioNames.includes(name) && state.files[key] === undefined) return name;
  const link = el("button", { type: "button", class: "link" }, name);
  link.dataset.file = key;
  link.addEventListener("click", async () => {
    await openFile(key);
    if (state.current !== key) return; // it could not be read: openFile said why
    const text = state.files[key];
    const written = JSON.stringify(scenario);
    const escaped = (hex) => written.replace(/[\u007f-\uffff]/g, (c) => "\\u" + hex(c.charCodeAt(0).toString(16).padStart(4, "0")));
    const at = [written, escaped((h) => h), escaped((h) => h.toUpperCase())].map((w) => text.indexOf(w)).find((i) => i >= 0);
    // a file that could not be read: the place its complaint names (a failure of the rules names a rule file's line)
    const named = mismatches.filter((m) => m.what === "scenario").map((m) => /line (\d+)|(\d+)행/.exec(m.actual || "")).find((m) => m);
    if (at !== undefined) await jumpTo(key, text.slice(0, at).split("\n").length);
    else if (named) await jumpTo(key, Number(named[1] || named[2]));
  });
  return link;
}

/** What "Add as a scenario" expects of a partner: what the rules decided for it, tier, figures and gaps. */
function expectation(answer) {
  const gaps = answer.gaps.flatMap((g) => g.missing.map((m) => ({ level: g.level, requirement: m.requirement, amount: m.amount })));
  return { tier: answer.tier, activeEntitlements: answer.activeEntitlements, qualifiedIndividuals: answer.qualifiedIndividuals,
    ...(gaps.length ? { gaps } : { noGaps: true }) };
}

/**
 * Adds the partner tried, with what the rules decided for it, as a scenario at the end of the open scenario file (or of
 * a new one when a rule file is open), and shows it there: the analyst names it and downloads the file. The file's own
 * layout is kept (the scenario is added as text), a name already in the file gets a number, and the browser's undo
 * takes the addition back.
 */
async function addScenario(partner, answer) {
  const key = isScenario(state.current) ? state.current : SCENARIOS + NEW_SCENARIO_FILE;
  if (state.current !== key && (state.files[key] !== undefined || state.scenarioNames.includes(key.slice(SCENARIOS.length)))) {
    await openFile(key);
    if (state.current !== key) return; // it could not be read: openFile said why
  }
  const text = state.files[key];
  let scenarios = [];
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text);
      scenarios = Array.isArray(parsed) ? parsed : [parsed];
    } catch (e) {
      $("try-result").prepend(el("p", { class: "error" }, t("fixScenarioFile", key.slice(SCENARIOS.length))));
      return;
    }
  }
  const names = new Set(scenarios.map((x) => x && x.name));
  let name = `${answer.partnerId}: ${answer.tier}`;
  for (let i = 2; names.has(name); i++) name = `${answer.partnerId}: ${answer.tier} (${i})`;
  const block = JSON.stringify({ name, request: partner, expect: expectation(answer) }, null, 2).split("\n").map((l) => "  " + l).join("\n");
  if (text === undefined) { // a new file
    state.files[key] = "[\n" + block + "\n]\n";
    markStale(["scenario-result"]);
    await openFile(key);
  } else {
    // In place of the file's closing bracket (and the blank before it), or around its one scenario
    const array = Array.isArray(JSON.parse(text));
    const end = array ? text.lastIndexOf("]") : text.length;
    const start = array ? text.slice(0, end).trimEnd().length : 0;
    const insertion = array ? (scenarios.length ? ",\n" : "\n") + block + "\n" : "[\n" + text.trimEnd() + ",\n" + block + "\n]\n";
    const source = $("source");
    source.focus();
    source.setSelectionRange(start, end);
    if (!document.execCommand("insertText", false, insertion)) { // the browser's undo takes it back, where the browser can
      source.setRangeText(insertion, start, end, "end");
      source.dispatchEvent(new Event("input"));
    }
  }
  const added = state.files[key].indexOf(JSON.stringify(name), state.files[key].length - block.length - 4);
  await jumpTo(key, state.files[key].slice(0, added).split("\n").length);
}

// --- what-if ------------------------------------------------------------------------------------------------

function outcome(o) {
  return o ? `${o.met ? t("met") : t("notMet")} (${n(o.actual)} ${t("of")} ${n(o.required)})` : "—";
}

async function simulate() {
  const target = fresh($("simulation-result"));
  const partners = [];
  const lines = $("portfolio").value.split("\n").map((l) => l.trim()).filter((l) => l);
  for (const [i, line] of lines.entries()) {
    try { partners.push(JSON.parse(line)); } catch (e) { target.replaceChildren(el("p", { class: "error" }, `${i + 1}: ${t("badJson")}${e.message}`)); return; }
  }
  if (!partners.length) { target.replaceChildren(el("p", { class: "error" }, t("emptyPortfolio"))); return; }
  if (!edited().length) { target.replaceChildren(el("p", { class: "error" }, t("noRuleEdit"))); return; } // nothing to compare
  const files = candidateFiles();
  const { status, body } = await call("POST", "/rules/simulate", { files, partners });
  if (status !== 200) { renderProblem(target, body); return; }
  if (body.errors.length) {
    target.replaceChildren(el("p", { class: "error" }, t("candidateErrors")), el("ul", {}, ...body.errors.map((e) => el("li", {}, `${e.file}:${e.line} ${e.hint || e.message}`))));
    return;
  }
  const box = el("div", { class: "result" }, el("p", {}, el("strong", {}, t("changes", body.changed.length)), " · ", t("keep", body.unchanged)));
  for (const change of body.changed) {
    const item = el("div", { class: "change" }, el("span", { class: "who" }, change.partnerId), ": ",
      el("span", { class: "tier " + change.from }, change.from), " → ", el("span", { class: "tier " + change.to }, change.to));
    item.dataset.partner = change.partnerId;
    item.append(el("ul", {}, ...change.requirements.map((r) => el("li", {},
      `${TEXT[state.lang].level[r.level] || r.level} ${TEXT[state.lang].requirement[r.requirement] || r.requirement}: ${outcome(r.before)} → ${outcome(r.after)}`))));
    box.append(item);
  }
  for (const bad of body.invalid) box.append(el("p", { class: "error" }, `#${bad.index + 1} ${t("notRead")}: ` + bad.errors.map((e) => `${e.field} ${e.message}`).join("; ")));
  for (const failed of body.failed || []) {
    box.append(el("p", { class: "error failed" }, `#${failed.index + 1} ${failed.partnerId}: ${t("failedOn", failed.rules)}: ${sentence(failed.message)}`
      + (failed.hint ? ` ${failed.hint}` : "")));
  }
  if (body.shifted && body.shifted.length) {
    box.append(el("p", {}, t("shifted", body.shifted.length)));
    for (const shift of body.shifted.slice(0, 50)) { // a threshold moves every partner's figures: the first 50 of them
      const item = el("div", { class: "shift" }, el("span", { class: "who" }, shift.partnerId), ": ",
        el("span", { class: "tier " + shift.tier }, shift.tier));
      item.dataset.partner = shift.partnerId;
      item.append(el("ul", {}, ...shift.requirements.map((r) => el("li", {},
        `${TEXT[state.lang].level[r.level] || r.level} ${TEXT[state.lang].requirement[r.requirement] || r.requirement}: ${outcome(r.before)} → ${outcome(r.after)}`))));
      box.append(item);
    }
    if (body.shifted.length > 50) box.append(el("p", { class: "note" }, t("andMore", body.shifted.length - 50)));
  }
  box.append(el("p", { class: "note" }, `${body.activeVersion} → ${body.candidateVersion}`));
  target.replaceChildren(box);
}

// --- wiring -------------------------------------------------------------------------------------------------

function showTab(name) {
  document.querySelectorAll(".tabs button").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === name)));
  document.querySelectorAll(".tab").forEach((panel) => { panel.hidden = panel.id !== "tab-" + name; });
}

async function start() {
  const saved = localStorage.getItem("workbench.lang");
  state.lang = saved || ((navigator.language || "en").toLowerCase().startsWith("ko") ? "ko" : "en");
  $("language").value = state.lang;
  translate();
  $("language").addEventListener("change", async () => {
    state.lang = $("language").value; localStorage.setItem("workbench.lang", state.lang); translate(); markStale(); check();
    await loadRules(); // the hints of GET /rules in the new language
  });
  // Closing or reloading the tab with edits: the browser asks first (signing out is the analyst's own choice)
  window.addEventListener("beforeunload", (event) => {
    if (!state.leaving && (edited().length || editedScenarios().length)) { event.preventDefault(); event.returnValue = ""; }
  });
  $("sign-out").addEventListener("click", async () => { state.leaving = true; await fetch("/workbench/session", { method: "DELETE", headers: { "X-Workbench": "1" } }); location.reload(); });
  $("source").addEventListener("input", () => { markStale(isScenario(state.current) ? ["scenario-result"] : RESULT_PANES); scheduleCheck(); });
  $("source").addEventListener("scroll", () => { $("gutter").scrollTop = $("source").scrollTop; });
  $("download").addEventListener("click", download);
  $("reset").addEventListener("click", async () => {
    const panes = isScenario(state.current) ? ["scenario-result"] : RESULT_PANES;
    if (state.original[state.current] === undefined) { // a scenario file made here: undoing it drops it
      delete state.files[state.current];
      state.current = null;
      markStale(panes);
      await openFile(state.rules.files.find((f) => f.path === "performance.drl") ? "performance.drl" : state.rules.files[0].path);
      return;
    }
    state.files[state.current] = state.original[state.current]; $("source").value = state.files[state.current]; markStale(panes); check();
  });
  // Results rendered after an edit made while they ran are marked stale as they arrive.
  RESULT_PANES.forEach((id) => new MutationObserver(() => settle($(id))).observe($(id), { childList: true }));
  // The header follows GET /rules: a reload, a failing scenario or a failure on a partner shows without reloading the page.
  window.addEventListener("focus", refreshRules);
  setInterval(() => { if (document.visibilityState === "visible") refreshRules(); }, 60000);
  $("try").addEventListener("click", tryPartner);
  $("run-scenarios").addEventListener("click", runScenarios);
  $("simulate").addEventListener("click", simulate);
  $("load-portfolio").addEventListener("click", () => { $("portfolio").value = state.examples.portfolio; });
  $("portfolio-file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    const text = await file.text();
    const trimmed = text.trim();
    $("portfolio").value = trimmed.startsWith("[") ? JSON.parse(trimmed).map((p) => JSON.stringify(p)).join("\n") : text;
  });
  document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  showTab("try");
  const examples = await call("GET", "/workbench/examples");
  state.examples = examples.body;
  for (const name of Object.keys(state.examples.partners)) $("try-example").append(el("option", { value: name }, name));
  const pick = () => { $("try-partner").value = JSON.stringify(state.examples.partners[$("try-example").value], null, 2); };
  $("try-example").addEventListener("change", pick);
  pick();
  await loadRules();
  runScenarios();
}

start();
