// Every page of the tab, one line each: path (":name" parts become params), who may open it (see audience in
// session.js), the view module and its render export, and the navigation label when it belongs in the menu.
// A render function is called as render(view, params, session). The server answers every /tab/... path with the shell.
// To add a page: write views/<name>.js, add one line here, add its nav.* string to i18n/en.json and i18n/da.json.

const page = (path, who, module, render, nav = null) => ({ path, who, module, render, nav });

export const pages = [
  page('/tab/', 'board', './views/overview.js', 'renderOverview', 'nav.overview'),
  page('/tab/board-summary', 'board', './views/board.js', 'renderBoardSummary', 'nav.board'),
  page('/tab/approvals', 'board', './views/policies.js', 'renderPolicies', 'nav.approvals'),
  page('/tab/my-approvals', 'board', './views/myapprovals.js', 'renderMyApprovals', 'nav.myApprovals'),
  page('/tab/risks', 'board', './views/risks.js', 'renderRisks', 'nav.risks'),
  page('/tab/assets', 'board', './views/assets.js', 'renderAssets', 'nav.assets'),
  page('/tab/soa', 'board', './views/soa.js', 'renderSoa', 'nav.soa'),
  page('/tab/scope', 'board', './views/scope.js', 'renderScope', 'nav.scope'),
  page('/tab/registration', 'board', './views/registration.js', 'renderRegistration', 'nav.registration'),
  page('/tab/training', 'member', './views/simple.js', 'renderTraining', 'nav.training'),
  page('/tab/board-training', 'ciso', './views/trainingadmin.js', 'renderTrainingAdmin', 'nav.boardTraining'),
  page('/tab/campaigns', 'ciso', './views/campaigns.js', 'renderCampaigns', 'nav.campaigns'),
  page('/tab/campaigns/:id', 'board', './views/campaign.js', 'renderCampaign'),
  page('/tab/modules', 'ciso', './views/modules.js', 'renderModules', 'nav.modules'),
  page('/tab/modules/:id', 'ciso', './views/moduleedit.js', 'renderModuleEditor'),
  page('/tab/my-modules/:campaignId', 'member', './views/quiz.js', 'renderQuiz'),
  page('/tab/incidents', 'member', './views/incidents.js', 'renderIncidents', 'nav.incidents'),
  page('/tab/suppliers', 'member', './views/suppliers.js', 'renderSuppliers', 'nav.suppliers'),
  page('/tab/control/:id', 'board', './views/control.js', 'renderControl'),
  page('/tab/policies/:id/:version', 'board', './views/policy.js', 'renderPolicy'),
  page('/tab/rounds/:id', 'board', './views/round.js', 'renderRound'),
  page('/tab/incidents/:id', 'member', './views/incident.js', 'renderIncident'),
  page('/tab/risks/:id', 'board', './views/risk.js', 'renderRisk'),
  page('/tab/suppliers/discovered', 'board', './views/supplier-discovery.js', 'renderDiscovery'),
  page('/tab/suppliers/:id', 'member', './views/supplier.js', 'renderSupplier'),
  page('/tab/tasks', 'member', './views/tasks.js', 'renderTasks', 'nav.tasks'),
  page('/tab/tasks/:id', 'member', './views/task.js', 'renderTask'),
  page('/tab/my-policies', 'member', './views/acknowledgements.js', 'renderMyPolicies', 'nav.myPolicies'),
  page('/tab/acknowledge/:id/:version', 'member', './views/acknowledgements.js', 'renderAcknowledge'),
  page('/tab/wheel', 'board', './views/wheel.js', 'renderWheel', 'nav.wheel'),
  page('/tab/exercises', 'board', './views/exercises.js', 'renderExercises', 'nav.exercises'),
  page('/tab/acknowledgements', 'board', './views/acknowledgements.js', 'renderAcknowledgements', 'nav.acknowledgements'),
  page('/tab/evidence-runs', 'ciso', './views/runs.js', 'renderRuns', 'nav.evidenceRuns'),
  page('/tab/evidence-runs/:id', 'ciso', './views/runs.js', 'renderRun'),
  page('/tab/configure', 'public', './views/configure.js', 'renderConfigure'),
];
