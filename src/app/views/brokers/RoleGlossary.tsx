/** The roles in plain words, as the guide defines them. */
import { GIULIANI_BELL_ROLES } from '../../../analysis/measures/giuliani-bell.ts';
import { GIULIANI_BELL_EXPLANATIONS } from './quadrants.ts';
import { BROKERAGE_ROLE_INFO } from './roles.ts';

export function RoleGlossary() {
  return (
    <section className="brokers-section brokers-glossary" aria-labelledby="brokers-glossary-title">
      <h2 id="brokers-glossary-title">What the roles mean</h2>
      <h3>Gould–Fernandez (who a broker links)</h3>
      <p className="muted">
        Counted on open two-paths a → v → b, with the groups of the grouping above; directed ties keep their
        direction.
      </p>
      <dl>
        {BROKERAGE_ROLE_INFO.filter((role) => role.id !== 'brokerage_total').map((role) => (
          <div key={role.id}>
            <dt>{role.label}</dt>
            <dd>{role.explanation}</dd>
          </div>
        ))}
      </dl>
      <h3>Giuliani–Bell (how knowledge flows in and around a locality)</h3>
      <dl>
        {[...GIULIANI_BELL_ROLES].reverse().map((role) => (
          <div key={role}>
            <dt>{role[0].toUpperCase() + role.slice(1)}</dt>
            <dd>{GIULIANI_BELL_EXPLANATIONS[role]}</dd>
          </div>
        ))}
      </dl>
      <h3>Burt’s structural holes</h3>
      <dl>
        <div>
          <dt>Constraint</dt>
          <dd>
            how much an actor’s ties are invested, directly or through each other, in the same few partners.
            Low constraint = broker; an actor with a single partner has constraint 1.
          </dd>
        </div>
        <div>
          <dt>Effective size</dt>
          <dd>
            the number of partners minus their redundancy: partners who are tied to each other count for less.
          </dd>
        </div>
      </dl>
    </section>
  );
}
