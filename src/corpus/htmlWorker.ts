/**
 * The HTML reader's thread (see readHtml.ts): reads each page it is sent with htmlToText and posts the article
 * back, or why it could not be read. Nothing here touches the corpus or the bot.
 */
import { parentPort } from 'node:worker_threads';
import { htmlToText, type HtmlArticle } from './htmlToText.ts';

export interface HtmlRequest {
  id: number;
  html: string;
}

export type HtmlReply = { id: number; article: HtmlArticle } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: HtmlRequest) => {
    let reply: HtmlReply;
    try {
      reply = { id: request.id, article: htmlToText(request.html) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
