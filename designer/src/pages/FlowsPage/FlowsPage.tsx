export function FlowsPage() {
  return <div className="page"><h1>Flows</h1></div>;
}
