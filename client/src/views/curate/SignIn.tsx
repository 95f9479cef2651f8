import { useState, type FormEvent } from "react";
import { setCuratorToken } from "../../api/curator-token";
import { startSignIn, type OidcSettings } from "../../api/oidc-sign-in";
import "../../styles/forms.css";

/** Curator sign-in with a token: pasted in and kept for this tab only. */
export function SignIn() {
  const [token, setToken] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCuratorToken(token.trim() || null);
  };
  return (
    <form className="form-stack" onSubmit={onSubmit} aria-label="Curator sign-in">
      <div>
        <label className="field-label" htmlFor="curator-token">
          Curator token
        </label>
        <textarea
          id="curator-token"
          rows={3}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby="curator-token-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <p className="field-hint" id="curator-token-hint">
          Open the sign-in link <code>npm start</code> prints, or paste a token from{" "}
          <code>npm run curator:token -- --name "Your Name"</code>. It is kept for this tab only.
        </p>
      </div>
      <div className="form-row">
        <button type="submit" className="button primary">
          Sign in
        </button>
      </div>
    </form>
  );
}

/** Curator sign-in with the server's OpenID provider. */
export function OidcSignIn({ settings }: { settings: OidcSettings }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    setBusy(true);
    setProblem(null);
    startSignIn(settings).catch((err: unknown) => {
      setBusy(false);
      setProblem(err instanceof Error ? err.message : String(err));
    });
  };
  return (
    <div className="form-stack">
      <p>
        Curators sign in with <strong>{new URL(settings.issuer).host}</strong>.
      </p>
      {problem && (
        <p className="form-message error" role="alert">
          The sign-in provider could not be reached: {problem}
        </p>
      )}
      <div className="form-row">
        <button type="button" className="button primary" onClick={onClick} disabled={busy}>
          Sign in
        </button>
      </div>
    </div>
  );
}
