import { useCurationStatus } from "../../api/curation-status";
import { setCuratorToken, useCuratorToken } from "../../api/curator-token";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { SignIn } from "./SignIn";
import { SuggestionQueue } from "./SuggestionQueue";
import "../../styles/forms.css";

/** `/curate`: curator sign-in (token pasted in) and the moderation queue. */
export default function CurateView() {
  // A new token means a new identity: everything below is asked for again.
  const token = useCuratorToken();
  return <CuratePage key={token ?? "anonymous"} />;
}

function CuratePage() {
  const [{ data, fetching, error }, refetch] = useCurationStatus("network-only");
  const status = data?.curationStatus;
  return (
    <div className="curation-page">
      <h1>Curation</h1>
      {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {fetching && !status && <LoadingState />}
      {status && !status.enabled && (
        <p className="form-message" role="status">
          Curation is not configured on this server (set <code>CURATOR_JWT_SECRET</code> or{" "}
          <code>CURATOR_JWKS_URL</code>).
        </p>
      )}
      {status?.enabled && !status.curator && (
        <>
          {status.tokenProblem && (
            <p className="form-message error" role="alert">
              That token was refused: {status.tokenProblem}.
            </p>
          )}
          {status.signedIn && !status.curator && (
            <p className="form-message error" role="alert">
              {status.name} is signed in but is not a curator.
            </p>
          )}
          <SignIn />
        </>
      )}
      {status?.curator && (
        <>
          <div className="form-row">
            <p>
              Signed in as <strong>{status.name}</strong>.
            </p>
            <button type="button" className="button" onClick={() => setCuratorToken(null)}>
              Sign out
            </button>
          </div>
          <SuggestionQueue />
        </>
      )}
    </div>
  );
}
