import { h, mount, message } from '../dom.js';
import { t } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { day } from './tasks.js';

// Exercises and tests for Art. 21(2)(c) and (f) (GET/POST /api/exercises): the CISO records one after it was held;
// each lesson learned becomes a task for its owner. The board reads them.

export async function renderExercises(view, params, session) {
  const list = await getJson('/api/exercises');
  if (!list.ok) return mount(view, message('error', t('tasks.failed', `HTTP ${list.status}`)));
  const isCiso = session.me?.roles?.includes('CISO') ?? false;
  mount(view,
    h('h1', {}, t('exercises.title')), h('p', { class: 'muted' }, t('exercises.intro')),
    h('div', { 'data-testid': 'exercise-status' }),
    list.data.length === 0 ? h('p', { class: 'muted', 'data-testid': 'no-exercises' }, t('exercises.none'))
      : h('table', { class: 'data', 'data-testid': 'exercises' },
        h('thead', {}, h('tr', {}, [t('exercises.held'), t('exercises.kind'), t('tasks.col.title'), t('exercises.outcome'), t('exercises.lessons')].map(c => h('th', {}, c)))),
        h('tbody', {}, list.data.map(e => h('tr', { 'data-exercise': e.id },
          h('td', {}, day(e.heldOn)), h('td', {}, t(`exercises.kind.${e.kind}`)),
          h('td', {}, e.title, h('div', { class: 'muted' }, e.participants.join(', '))),
          h('td', {}, t(`exercises.outcome.${e.outcome}`)),
          h('td', {}, e.lessons.length === 0 ? '–' : h('ul', {}, e.lessons.map(l => h('li', {}, l.text,
            h('div', { class: 'muted' }, `${day(l.dueDate)} · ${l.taskState ? t(`task.state.${l.taskState}`) : ''}`))))))))),
    isCiso ? form(view, params, session) : null);
}

function form(view, params, session) {
  const select = (name, values, prefix) => h('select', { name }, values.map(v => h('option', { value: v }, t(`${prefix}.${v}`))));
  const lessons = h('div', { class: 'stack', 'data-testid': 'lessons' });
  const addLesson = () => lessons.append(h('fieldset', { class: 'stack', 'data-lesson': '' },
    h('legend', {}, t('exercises.lesson')),
    h('label', {}, t('exercises.lessonText'), h('input', { name: 'lessonText', maxlength: 4000 })),
    h('label', {}, t('tasks.ownerUpn'), h('input', { name: 'lessonOwner', type: 'email' })),
    h('label', {}, t('tasks.col.due'), h('input', { name: 'lessonDue', type: 'date' }))));
  const f = h('form', { class: 'stack card', 'data-testid': 'record-exercise' },
    h('h2', {}, t('exercises.record')),
    h('label', {}, t('exercises.kind'), select('kind', ['Tabletop', 'RestoreTest', 'DisasterRecovery'], 'exercises.kind')),
    h('label', {}, t('tasks.col.title'), h('input', { name: 'title', required: true, maxlength: 4000 })),
    h('label', {}, t('exercises.scenario'), h('textarea', { name: 'scenario', rows: 3, required: true })),
    h('label', {}, t('exercises.held'), h('input', { name: 'heldOn', type: 'date', required: true })),
    h('label', {}, t('exercises.participants'), h('input', { name: 'participants', required: true })),
    h('label', {}, t('exercises.outcome'), select('outcome', ['Succeeded', 'SucceededWithFindings', 'Failed'], 'exercises.outcome')),
    h('label', {}, t('exercises.notes'), h('textarea', { name: 'outcomeNotes', rows: 2 })),
    lessons,
    h('div', {}, h('button', { class: 'button', type: 'button', 'data-testid': 'add-lesson', onclick: addLesson }, t('exercises.addLesson')), ' ',
      h('button', { class: 'button button-primary', type: 'submit' }, t('exercises.save'))));
  f.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(f);
    const body = {
      kind: data.get('kind'), title: data.get('title'), scenario: data.get('scenario'), heldOn: data.get('heldOn'), outcome: data.get('outcome'),
      outcomeNotes: data.get('outcomeNotes'), participants: String(data.get('participants')).split(',').map(p => p.trim()).filter(Boolean),
      lessons: [...lessons.querySelectorAll('[data-lesson]')].map(l => ({
        text: l.querySelector('[name=lessonText]').value, ownerUpn: l.querySelector('[name=lessonOwner]').value, dueDate: l.querySelector('[name=lessonDue]').value || null,
      })).filter(l => l.text),
      idempotencyKey: f.dataset.key ??= crypto.randomUUID(),
    };
    const r = await api('/api/exercises', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!r.ok) return view.querySelector('[data-testid=exercise-status]').replaceChildren(message('error', t('tasks.failed', await problemText(r))));
    await renderExercises(view, params, session);
    view.querySelector('[data-testid=exercise-status]').replaceChildren(message('success', t('exercises.saved', body.title)));
  });
  return f;
}
