/**
 * Where curation is off, nobody could review a suggestion, so the form is not offered: the
 * page says whom to tell instead — the contact the server names (CURATION_CONTACT), else the
 * Restraint Reduction Network, whose page asks for additions to be sent to it.
 */
export function ClosedNotice({ contact, what = "a resource" }: { contact: string | null; what?: string }) {
  return (
    <div className="form-message" role="status">
      <p>Suggestions cannot be sent from this copy of the explorer: no curator is set up to review them.</p>
      {contact ? (
        <p>
          To suggest {what}, contact <ContactLink contact={contact} />.
        </p>
      ) : (
        <p>
          To suggest {what}, contact the Restraint Reduction Network: its “Tools and resources” page, which this
          explorer is built from, asks for additions to be sent to the Network.
        </p>
      )}
    </div>
  );
}

function ContactLink({ contact }: { contact: string }) {
  if (/^[^\s@]+@[^\s@]+$/.test(contact)) return <a href={`mailto:${contact}`}>{contact}</a>;
  if (/^https?:\/\//.test(contact)) {
    return (
      <a href={contact} rel="noopener noreferrer">
        {contact}
      </a>
    );
  }
  return <>{contact}</>;
}
