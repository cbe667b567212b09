import Link from 'next/link';
import type { FiredRule } from '../lib/batchData';
import { percent } from '../lib/batchData';
import { isQuoted, sourceHref } from '../lib/rules';
import { ProvenanceBadge } from './ProvenanceBadge';

/** The rules that decided most moves: how often, in how many runs, and the words they rest on. */
export function RulesTable({ rules, runs }: { rules: readonly FiredRule[]; runs: number }) {
  if (rules.length === 0) return <p>No rule moved an actor in these runs.</p>;
  return (
    <table className="mc-table mc-rules">
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Moves decided</th>
          <th scope="col">Runs</th>
          <th scope="col">What it rests on</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((fired) => {
          const provenance = fired.provenance;
          return (
            <tr key={fired.field} data-rule={fired.field}>
              <th scope="row">
                <code>{fired.field}</code>
              </th>
              <td>{fired.fired.toLocaleString('en')}</td>
              <td>{percent(runs === 0 ? 0 : fired.runs / runs)}</td>
              <td>
                {provenance ? (
                  <>
                    <ProvenanceBadge kind={provenance.kind} />{' '}
                    {provenance.kind === 'assumption' && (
                      <span className="mc-reason">{provenance.why}</span>
                    )}
                    {provenance.kind === 'recorded' && (
                      <span className="mc-reason">{provenance.reasoning}</span>
                    )}
                    {isQuoted(provenance) && <q>{provenance.quote}</q>}{' '}
                    {fired.rule && provenance.kind !== 'assumption' && (
                      <Link prefetch={false} href={sourceHref({ rule: fired.rule.field })}>
                        {provenance.kind === 'recorded' ? 'in the record' : 'in the article'}
                      </Link>
                    )}
                  </>
                ) : (
                  <span className="mc-reason">a scenario setting</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
