export function EditorPage({ flowId }: { flowId: string; version?: number }) {
  return <div className="page"><h1>{flowId}</h1></div>;
}
