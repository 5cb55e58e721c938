export function InstancePage({ instanceId }: { instanceId: string }) {
  return <div className="page"><h1>Instance {instanceId}</h1></div>;
}
