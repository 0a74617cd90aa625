import { h, mount } from '../dom.js';
import { lang, t } from '../i18n.js';

// The module editor: English and Danish side by side, the quiz (both languages per question and option, any number of
// options marked correct) and the pass mark. Every input carries data-field with the API's field name, so a problem the
// server names ("da.title", "questions[1].options[0].en") is shown at its input.

const LANGS = ['en', 'da'];
const emptyOption = () => ({ en: '', da: '', correct: false });
const emptyQuestion = () => ({ en: '', da: '', options: [emptyOption(), emptyOption()] });
export const emptyModule = () => ({ passPercent: 75, en: { title: '', intro: '', body: '' }, da: { title: '', intro: '', body: '' }, questions: [emptyQuestion()] });

export function moduleForm(content) {
  const state = structuredClone(content ?? emptyModule());
  const root = h('div', { 'data-testid': 'module-form' });
  const input = (field, value, set, attrs = {}) => {
    const el = h(attrs.rows ? 'textarea' : 'input', { 'data-field': field, ...attrs, value: attrs.rows ? null : value }, attrs.rows ? value : null);
    el.addEventListener('input', () => set(attrs.type === 'number' ? Number(el.value) : el.value));
    return el;
  };
  const labelled = (text, el, hint) => h('label', {}, text, hint ? h('span', { class: 'muted' }, hint) : null, el);
  const language = lang => h('section', { class: 'stack', lang, 'aria-labelledby': `module-${lang}` }, h('h3', { id: `module-${lang}` }, t(`modules.lang.${lang}`)),
    labelled(t('modules.title'), input(`${lang}.title`, state[lang].title, v => { state[lang].title = v; }, { maxlength: 120 })),
    labelled(t('modules.intro.label'), input(`${lang}.intro`, state[lang].intro, v => { state[lang].intro = v; }, { rows: 3 })),
    labelled(t('modules.body'), input(`${lang}.body`, state[lang].body, v => { state[lang].body = v; }, { rows: 10 }), t('modules.bodyHint')));
  const option = (q, qi, o, oi) => h('div', { class: 'module-option', 'data-option': oi },
    LANGS.map(lang => labelled(t(`modules.option.${lang}`, oi + 1), input(`questions[${qi}].options[${oi}].${lang}`, o[lang], v => { o[lang] = v; }))),
    labelled(t('modules.correct'), h('input', { type: 'checkbox', 'data-field': `questions[${qi}].options[${oi}].correct`, checked: o.correct,
      onchange: e => { o.correct = e.target.checked; } })),
    h('button', { class: 'button', type: 'button', 'data-testid': 'remove-option', disabled: q.options.length <= 2,
      onclick: () => { q.options.splice(oi, 1); render(); } }, t('modules.removeOption')));
  const question = (q, qi) => h('fieldset', { class: 'module-question', 'data-question': qi },
    h('legend', {}, t('modules.question', qi + 1)),
    h('div', { class: 'side-by-side' }, LANGS.map(lang => labelled(t(`modules.questionText.${lang}`), input(`questions[${qi}].${lang}`, q[lang], v => { q[lang] = v; })))),
    h('div', { 'data-field': `questions[${qi}].options` }, q.options.map((o, oi) => option(q, qi, o, oi))),
    h('div', { class: 'row' },
      h('button', { class: 'button', type: 'button', 'data-testid': 'add-option', disabled: q.options.length >= 5,
        onclick: () => { q.options.push(emptyOption()); render(); } }, t('modules.addOption')),
      h('button', { class: 'button', type: 'button', 'data-testid': 'remove-question', disabled: state.questions.length <= 1,
        onclick: () => { state.questions.splice(qi, 1); render(); } }, t('modules.removeQuestion'))));
  const render = () => mount(root,
    h('div', { class: 'side-by-side' }, LANGS.map(language)),
    h('h3', {}, t('modules.quiz')), h('p', { class: 'muted' }, t('modules.quizHint')),
    h('div', { 'data-field': 'questions' }, state.questions.map(question)),
    h('button', { class: 'button', type: 'button', 'data-testid': 'add-question', disabled: state.questions.length >= 12,
      onclick: () => { state.questions.push(emptyQuestion()); render(); } }, t('modules.addQuestion')),
    labelled(t('modules.passPercent'), input('passPercent', state.passPercent, v => { state.passPercent = v; }, { type: 'number', min: 1, max: 100 })));
  render();
  return {
    element: root,
    value: () => structuredClone(state),
    /** problems: [{ field, message }]; each shown under its input (or its group), and the input marked invalid. */
    showProblems(problems) {
      root.querySelectorAll('.field-error').forEach(e => e.remove());
      root.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
      problems.forEach(({ field, message }, i) => {
        const target = root.querySelector(`[data-field="${CSS.escape(field)}"]`);
        if (!target) return;
        const note = h('p', { class: 'field-error', id: `problem-${i}` }, message);
        if (target.matches('input, textarea')) { target.setAttribute('aria-invalid', 'true'); target.setAttribute('aria-describedby', note.id); }
        target.after(note);
      });
    },
  };
}

/** ValidationProblem's errors ({ field: [messages] }) or a preview's problems, as one list, in Danish to a Danish reader (errorsDa, messageDa). */
export function problemsOf(body) {
  const danish = lang() === 'da';
  if (Array.isArray(body?.problems)) return body.problems.map(p => ({ field: p.field, message: danish && p.messageDa ? p.messageDa : p.message }));
  const errors = danish && body?.errorsDa ? body.errorsDa : body?.errors ?? {};
  return Object.entries(errors).flatMap(([field, messages]) => messages.map(message => ({ field, message })));
}
