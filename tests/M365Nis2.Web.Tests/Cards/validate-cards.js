// Validates Adaptive Cards with the official renderer library (npm adaptivecards, pinned at the repo root).
// stdin: JSON array of {"name": "...", "card": {...}}; stdout: JSON array of {"name", "message"} issues (empty = all valid).
// Usage: node validate-cards.js <repo root> < cards.json
'use strict';
const path = require('path');
const root = process.argv[2] || path.resolve(__dirname, '..', '..', '..');
// The package's "main" does not load in node; the UMD bundle does, and parsing needs no DOM.
const AC = require(path.join(root, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'));

function validate(name, json) {
  const issues = [];
  if (json === null || typeof json !== 'object' || json.type !== 'AdaptiveCard') {
    return [{ name, message: 'not an AdaptiveCard object' }];
  }
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  // Teams renders 1.5; validate against that so newer-only features are reported.
  context.targetVersion = AC.Versions.v1_5;
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    issues.push({ name, message: `parse: ${e.message}` });
  }
  const result = card.validateProperties();
  for (const e of result.validationEvents) {
    issues.push({ name, message: `validate: ${e.message}` });
  }
  return issues;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  let items;
  try {
    items = JSON.parse(input);
  } catch (err) {
    process.stdout.write(JSON.stringify([{ name: '(input)', message: `input is not JSON: ${err.message}` }]));
    return;
  }
  const issues = items.flatMap(item => validate(item.name, item.card));
  process.stdout.write(JSON.stringify(issues));
});
