// Writes a Node-RED flow of N nodes shaped like the generated FlowBuilder flow: one chain from an inject
// node through switch nodes (two outputs, the second to a side branch) and change nodes, on the same grid.
//   node nodered-flow.mjs 500 > flows.json
const count = Number(process.argv[2] ?? 500);
const tab = { id: 'bench-tab', type: 'tab', label: `Benchmark ${count}`, disabled: false, info: '' };
const nodes = [];
const columns = 8, dx = 260, dy = 140;
for (let i = 0; i < count; i++) {
  const id = `n${i}`;
  const x = 120 + (i % columns) * dx, y = 80 + Math.floor(i / columns) * dy;
  const next = i + 1 < count ? [`n${i + 1}`] : [];
  if (i === 0) nodes.push({ id, type: 'inject', z: tab.id, name: 'start', props: [], repeat: '', once: false, topic: '', x, y, wires: [next] });
  else if (i % 3 === 1) nodes.push({ id, type: 'switch', z: tab.id, name: `check ${i}`, property: 'payload', propertyType: 'msg', rules: [{ t: 'eq', v: String(i), vt: 'str' }, { t: 'else' }], checkall: 'true', repair: false, outputs: 2, x, y, wires: [next, []] });
  else nodes.push({ id, type: 'change', z: tab.id, name: `step ${i}`, rules: [{ t: 'set', p: 'step', pt: 'msg', to: String(i), tot: 'num' }], x, y, wires: [next] });
}
process.stdout.write(JSON.stringify([tab, ...nodes], null, 1));
