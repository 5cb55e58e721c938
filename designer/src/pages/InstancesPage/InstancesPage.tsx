export function InstancesPage(_: { flowId?: string; status?: string }) {
  return <div className="page"><h1>Instances</h1></div>;
}
