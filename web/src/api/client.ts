/**
 * The typed API client, built from the server's routes by their type alone: no runtime code
 * from src/ enters the web app.
 * @module
 */
import { hc } from 'hono/client';
import type { AppType } from '../../../src/server/index.js';

export const api = hc<AppType>('/').api;

/** An error answer from the API, with its stable code and a message that says what to do. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string };
}

interface AnyResponse {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}

/** What the successful answers of a route carry (hc types each status's `ok` as true or false). */
type Success<R> = R extends { ok: true; json(): Promise<infer T> } ? T : never;

/** The JSON of a successful answer; an ApiError for any other. */
export async function read<R extends AnyResponse>(response: R): Promise<Success<R>> {
  if (response.ok) return (await response.json()) as Success<R>;
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON: a proxy or a server that is not sanad answered.
  }
  throw new ApiError(
    response.status,
    body.error?.code ?? `HTTP_${response.status}`,
    body.error?.message ?? `Cannot reach the sanad server: it answered with status ${response.status}`,
  );
}

const TOKEN_KEY = 'sanad.token';

/** The write token the user pasted, kept for this browser tab only. */
export function savedToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function saveToken(token: string): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Headers that carry the write token. */
export function authorization(token: string): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}
