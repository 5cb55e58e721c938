import type { Instance } from '../../api/views';
import { JsonView } from '../../components/JsonView/JsonView';

/** Variables, input, trigger, outputs and result of an instance, as JSON. */
export function InstanceData({ instance }: { instance: Instance }) {
  const parts = [
    ['Variables', instance.variables],
    ['Input', instance.input],
    ['Trigger', instance.trigger],
    ['Outputs', instance.outputs],
    ['Result', instance.result],
  ] as const;
  return (
    <div className="instance-data">
      {parts.map(([title, value]) => (
        <section key={title}>
          <h3>{title}</h3>
          <JsonView value={value} label={title} />
        </section>
      ))}
    </div>
  );
}
