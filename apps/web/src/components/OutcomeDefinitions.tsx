/**
 * What each outcome counts, in plain words: the label and the pack's definition of every outcome
 * whose share is shown beside it, so a share is never read without its meaning.
 */
export function OutcomeDefinitions({
  outcomes,
}: {
  outcomes: readonly { id: string; label: string; definition: string }[];
}) {
  return (
    <details className="outcome-definitions" data-testid="outcome-definitions">
      <summary>What each outcome counts</summary>
      <dl>
        {outcomes.map((outcome) => (
          <div key={outcome.id} data-outcome={outcome.id}>
            <dt>{outcome.label}</dt>
            <dd>{outcome.definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
