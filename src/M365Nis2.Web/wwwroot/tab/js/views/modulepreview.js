import { h } from '../dom.js';
import { t } from '../i18n.js';

// How an awareness module looks to an employee: in the tab (moduleView, also the employee's own quiz page) and as the
// Teams card the bot sends (cardView, drawn from the card JSON the server built, so the preview is the real card).

/**
 * The module as the tab shows it. With onSubmit the questions can be answered; with result each question shows whether
 * it was right and the right answer(s). Inputs are named by question id; options are radio buttons (single choice).
 */
export function moduleView(quiz, { onSubmit = null, result = null, idPrefix = 'q', level = 2 } = {}) {
  const outcome = id => result?.questions.find(q => q.questionId === id);
  const questions = quiz.questions.map((q, n) => {
    const r = outcome(q.id);
    return h('fieldset', { class: 'quiz-question', 'data-question': q.id, 'data-correct': r ? String(r.isCorrect) : null },
      h('legend', {}, `${n + 1}. ${q.text}`),
      q.options.map((o, i) => {
        const id = `${idPrefix}-${quiz.language}-${q.id}-${i}`;
        return h('div', { class: 'quiz-option' },
          h('input', { type: 'radio', id, name: `${idPrefix}-${quiz.language}-${q.id}`, value: String(i), required: true,
            disabled: !onSubmit, checked: r ? r.chosen === i : false }),
          h('label', { for: id }, o));
      }),
      r ? h('p', { class: `message message-${r.isCorrect ? 'success' : 'warning'}` },
        `${t(r.isCorrect ? 'quiz.right' : 'quiz.wrong')} ${t('quiz.correctAnswer', r.correctOptions.map(i => q.options[i]).join(' / '))}`) : null);
  });
  const body = [h(`h${level}`, {}, quiz.title), quiz.paragraphs.map(p => h('p', {}, p)),
    h(`h${level + 1}`, {}, t('quiz.questions')), h('p', { class: 'muted' }, t('quiz.passMark', quiz.passPercent)), questions];
  if (!onSubmit) return h('article', { class: 'quiz', lang: quiz.language }, body);
  const form = h('form', { class: 'quiz', lang: quiz.language, 'data-testid': 'quiz-form' }, body,
    h('button', { class: 'button button-primary', type: 'submit', 'data-testid': 'quiz-submit' }, t('quiz.submit')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    onSubmit(quiz.questions.map(q => ({ questionId: q.id, option: Number(form.querySelector(`input[name="${idPrefix}-${quiz.language}-${q.id}"]:checked`)?.value ?? -1) })));
  });
  return form;
}

/** Card text is Markdown-escaped by the server (typed text shows as typed); Teams shows it without the backslashes. */
const shown = text => String(text ?? '').replace(/\\(.)/g, '$1');

/** The Adaptive Card as Teams would lay it out, reduced to what matters here: every text, question and choice, in order. */
export function cardView(card, language) {
  return h('div', { class: 'card card-preview', lang: language, 'data-testid': `card-preview-${language}`, role: 'group', 'aria-label': t('modules.previewCard') },
    (card.body ?? []).map(element),
    (card.actions ?? []).map(a => h('button', { class: 'button button-primary', type: 'button', disabled: true }, a.title)));
}

function element(e) {
  switch (e.type) {
    case 'TextBlock':
      return h('p', { class: [e.isSubtle ? 'muted' : '', e.weight === 'Bolder' ? 'strong' : '', e.size === 'Large' ? 'card-title' : ''].join(' ').trim() || null }, shown(e.text));
    case 'Input.ChoiceSet':
      return h('div', { class: 'card-choices' }, h('p', { class: 'strong' }, e.label), h('ul', {}, (e.choices ?? []).map(c => h('li', {}, c.title))));
    case 'Container':
      return h('div', {}, (e.items ?? []).map(element));
    case 'FactSet':
      return h('dl', { class: 'facts' }, (e.facts ?? []).map(f => [h('dt', {}, shown(f.title)), h('dd', {}, shown(f.value))]));
    default:
      return null;
  }
}
