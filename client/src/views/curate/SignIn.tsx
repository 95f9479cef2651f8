import { useState, type FormEvent } from "react";
import { setCuratorToken } from "../../api/curator-token";
import "../../styles/forms.css";

/** Curator sign-in: the token is pasted in and kept for this tab only. */
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
          Paste the token from <code>npm run curator:token -- --name "Your Name"</code>. It is kept for this tab only.
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
