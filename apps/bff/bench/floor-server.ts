// The benchmark's floor: the least any BFF must do for a search, in a process of its own. An
// Express route that passes the request's path and bearer token on to Salesforce with undici (as
// the BFF does) and answers its body: no session, store, logging, validation or normalising.
import express from 'express';
import { request } from 'undici';

const [salesforce, port] = [process.argv[2]!, Number(process.argv[3])];
const app = express();
app.get('/healthz', (_req, res) => { res.json({ ok: true }); });
app.get('/services/data/*rest', async (req, res) => {
  const answer = await request(`${salesforce}${req.originalUrl}`, { headers: { authorization: req.get('authorization') ?? '' } });
  res.status(answer.statusCode).type('json').send(await answer.body.text());
});
app.listen(port, '127.0.0.1');
