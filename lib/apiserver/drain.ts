/**
 * A request answered before its body was read (a refusal: 400, 401, 403) must still read it: an
 * unread body breaks the client's next request on the same keep-alive connection (wrangler dev
 * answers it 503 "worker restarted mid-request"), and client libraries such as
 * @kubernetes/client-node reuse their connections.
 */
export async function drainBody(request: Request, limitBytes = 16 * 1024 * 1024): Promise<void> {
  // bodyUsed first: touching the body of a request already read can stall workerd's next request.
  if (request.bodyUsed || !request.body) return;
  const reader = request.body.getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      // Past the limit, the connection is given up rather than the time to read it all.
      if (read > limitBytes) return void (await reader.cancel());
    }
  } catch {
    // the client went away
  }
}
