// Starts a workbench session: the token goes once in the Authorization header; the service answers with an
// HttpOnly cookie (see WorkbenchSession), and the page reloads as the signed-in analyst.
"use strict";
document.getElementById("sign-in-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const token = document.getElementById("token").value.trim().replace(/^Bearer\s+/i, "");
  const error = document.getElementById("sign-in-error");
  error.hidden = true;
  const response = await fetch("/workbench/session", {
    method: "POST",
    headers: { "Authorization": "Bearer " + token, "X-Workbench": "1" },
  });
  if (response.status === 204) {
    location.reload();
    return;
  }
  error.textContent = response.status === 403
    ? "This token is valid but does not carry the analyst role. · 이 토큰에는 analyst 역할이 없습니다."
    : "This token was not accepted (expired, or not signed by the identity provider this service trusts). · 토큰이 거부되었습니다.";
  error.hidden = false;
});
