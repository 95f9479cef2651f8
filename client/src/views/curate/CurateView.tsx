import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useCurationStatus } from "../../api/curation-status";
import { oidcSession, setCuratorToken, useCuratorKey, useSessionExpired } from "../../api/curator-token";
import { completeSignIn, isSignInReturn, signOut } from "../../api/oidc-sign-in";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { CreateNode } from "../../curation/create/CreateNode";
import { DeletedList } from "../../curation/deleted/DeletedList";
import { OidcSignIn, SignIn } from "./SignIn";
import { SuggestionQueue } from "./SuggestionQueue";
import "../../styles/forms.css";

/**
 * `/curate`: curator sign-in and the moderation queue. Sign-in is by the OpenID provider the
 * server names, or by a token: pasted, or carried in the link `npm start` prints
 * (`/curate#token=…` — a fragment never reaches the server or its logs; it is stored like a
 * pasted token and removed from the address bar at once).
 */
export default function CurateView() {
  const returning = useOidcReturn();
  // A new person means everything below is asked for again; a renewed token does not.
  const key = useCuratorKey();
  if (returning.phase === "completing") return <LoadingState label="Signing in" />;
  return <CuratePage key={key} signInError={returning.phase === "failed" ? returning.error : null} />;
}

type Return = { phase: "none" | "completing" } | { phase: "failed"; error: string };

/** Finishes an OpenID sign-in when the provider has just sent the curator back here. */
function useOidcReturn(): Return {
  const navigate = useNavigate();
  const [state, setState] = useState<Return>(() =>
    isSignInReturn(new URL(window.location.href)) ? { phase: "completing" } : { phase: "none" },
  );
  const completing = state.phase === "completing";
  useEffect(() => {
    if (!completing) return;
    const url = new URL(window.location.href);
    const leave = () => void navigate("/curate", { replace: true });
    completeSignIn(url).then(
      () => {
        leave();
        setState({ phase: "none" });
      },
      (err: unknown) => {
        leave();
        setState({ phase: "failed", error: err instanceof Error ? err.message : String(err) });
      },
    );
  }, [completing, navigate]);
  return state;
}

function CuratePage({ signInError }: { signInError: string | null }) {
  const [{ data, fetching, error }, refetch] = useCurationStatus("network-only");
  const expired = useSessionExpired();
  const status = data?.curationStatus;
  const sessionEnded = expired || status?.tokenProblem === "the token has expired";
  const onSignOut = () => {
    // Read at the click: the session may have been renewed since this page rendered.
    const session = oidcSession();
    if (session) void signOut(session);
    else setCuratorToken(null);
  };
  return (
    <div className="curation-page">
      <h1>Curation</h1>
      {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {fetching && !status && <LoadingState />}
      {status && !status.enabled && (
        <p className="form-message" role="status">
          Curation is not configured on this server (set <code>CURATOR_OIDC_ISSUER</code>,{" "}
          <code>CURATOR_JWT_SECRET</code> or <code>CURATOR_JWKS_URL</code>).
        </p>
      )}
      {signInError && (
        <p className="form-message error" role="alert">
          Sign-in did not complete: {signInError}
        </p>
      )}
      {status?.enabled && !status.curator && (
        <>
          {sessionEnded ? (
            <p className="form-message error" role="alert">
              Your session expired — sign in again.
            </p>
          ) : (
            status.tokenProblem && (
              <p className="form-message error" role="alert">
                That sign-in was refused: {status.tokenProblem}.
              </p>
            )
          )}
          {status.signedIn && (
            <div className="form-row">
              <p className="form-message error" role="alert">
                {status.name} is signed in but is not a curator.
              </p>
              <button type="button" className="button" onClick={onSignOut}>
                Sign out
              </button>
            </div>
          )}
          {!status.signedIn && (status.oidc ? <OidcSignIn settings={status.oidc} /> : <SignIn />)}
        </>
      )}
      {status?.curator && (
        <>
          <div className="form-row">
            <p>
              Signed in as <strong>{status.name}</strong>.
            </p>
            <button type="button" className="button" onClick={onSignOut}>
              Sign out
            </button>
          </div>
          <>
            <nav aria-label="On this page" className="form-row curate-nav">
              <a href="#queue-heading">Suggestions</a>
              <a href="#create-heading">Create a node</a>
              <a href="#deleted-list-heading">Deleted</a>
            </nav>
            <SuggestionQueue />
            <CreateNode />
            <DeletedList />
          </>
        </>
      )}
    </div>
  );
}
