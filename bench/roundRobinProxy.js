#!/usr/bin/env node
/* eslint-disable no-console */
// A local round-robin HTTP proxy, as a Service spreads connections over
// pods: each request goes to the next target, over kept-alive connections.
//   node bench/roundRobinProxy.js --port 7313 --targets 7307,7311,7312
'use strict';

const http = require('node:http');

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const port = Number(option('port'));
const targets = option('targets').split(',').map(Number);
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
let next = 0;

function forward(req, res) {
  const target = targets[next++ % targets.length];
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: target,
      method: req.method,
      path: req.url,
      headers: req.headers,
      agent,
    },
    answer => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

http
  .createServer(forward)
  .listen(port, () =>
    console.log(`round-robin on :${port} to :${targets.join(', :')}`),
  );
