import { html, type SafeHtml } from "./html.ts";
import { csrfField } from "./layout.ts";

/** `/login`: name and password (labelled), the CSRF field, where to go back to. */
export function loginPageBody(options: {
  csrf: string;
  next: string;
  error?: string;
  noUsers?: boolean;
}): SafeHtml {
  if (options.noUsers)
    return html`<h1>登录</h1><p>这个站点没有配置用户。在配置文件的 <code>serve.users</code> 里添加（见 docs/web.md）。</p>`;
  return html`<h1>登录</h1>
${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ""}
<form class="login-form" method="post" action="/login">
${csrfField(options.csrf)}
<input type="hidden" name="next" value="${options.next}">
<div><label for="name">用户名</label><input id="name" name="name" autocomplete="username" required></div>
<div><label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
<button type="submit" class="primary">登录</button>
</form>`;
}
