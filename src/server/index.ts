/**
 * sanad's HTTP server: the API and the web app. The web app imports only `type AppType`.
 * @module
 */
export {
  createApp,
  openApiDocument,
  DEFAULT_WEB_ROOT,
  OPENAPI_INFO,
  type AppOptions,
  type AppType,
} from './create-app.js';
export {
  startServer,
  newToken,
  DEFAULT_PORT,
  type RunningServer,
  type ServeOptions,
} from './start-server.js';
export { toErrorAnswer, type ApiErrorCode, type ErrorAnswer } from './error-response.js';
