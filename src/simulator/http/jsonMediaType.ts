/**
 * Whether PTV's JSON input formatter reads a body with this Content-Type. ASP.NET Core's
 * NewtonsoftJsonInputFormatter (added by `AddNewtonsoftJson()`, PTV `Startup.cs:172` [SRC]) supports
 * `application/json`, `text/json` and `application/*+json` (so `application/json-patch+json` too),
 * parameters such as `charset` aside, case-insensitively [FW: dotnet/aspnetcore
 * src/Mvc/Mvc.NewtonsoftJson/src/NewtonsoftJsonInputFormatter.cs, SupportedMediaTypes]. Anything else,
 * a missing header included, finds no formatter: `UnsupportedContentTypeFilter` answers a bare 415
 * (PTV's controllers are not `[ApiController]`, so no ProblemDetails body) [FW].
 */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === 'text/json') return true;
  return type.startsWith('application/') && type.endsWith('+json') && !type.includes('/', 12);
}
