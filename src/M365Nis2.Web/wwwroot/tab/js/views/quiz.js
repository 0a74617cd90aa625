import { h, mount, message, link } from '../dom.js';
import { t, lang } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { moduleView } from './modulepreview.js';

// An awareness module sent to the caller, read and answered in the tab: the same version, grading and record as the
// card in chat, so it counts in the campaign either way. After answering, each question shows the right answer.

export async function renderQuiz(view, { campaignId }) {
  const path = `/api/awareness/mine/${encodeURIComponent(campaignId)}`;
  const quiz = await getJson(`${path}?lang=${lang()}`);
  if (!quiz.ok) return mount(view, link('/tab/training', {}, `← ${t('nav.training')}`), message('error', t('error.load', campaignId, quiz.status)));
  const status = h('div', { 'data-testid': 'quiz-status', role: 'status' });
  const show = (data, note) => {
    const closed = !data.result && ['OptedOut', 'Failed'].includes(data.state);
    mount(view, link('/tab/training', {}, `← ${t('nav.training')}`), status,
      data.result ? message(data.result.passed ? 'success' : 'warning',
        t(data.result.passed ? 'quiz.passed' : 'quiz.notPassed', data.result.correct, data.result.total, Math.round(data.result.score * 100))) : null,
      closed ? message('info', t('quiz.closed')) : null,
      moduleView(data.module, { level: 1, result: data.result, onSubmit: data.result || closed ? null : answers => submit(answers) }));
    if (note) status.replaceChildren(note);
  };
  const submit = async answers => {
    status.replaceChildren();
    const response = await api(`${path}/answers`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers, language: lang() }) });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    show(await response.json(), message('success', t('quiz.recorded')));
  };
  show(quiz.data);
}
