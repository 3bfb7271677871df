import { Module } from '@nestjs/common';
import { CommentSentimentFieldResolver } from './comment-sentiment.field-resolver';
import { IdeaSentimentFieldResolver } from './idea-sentiment.field-resolver';
import { SentimentLabellingJob } from './sentiment-labelling.job';
import { SentimentLoader } from './sentiment.loader';
import { SentimentRepository } from './sentiment.repository';

/**
 * The sentiment of ideas and comments: the analyser (pure), the outbox consumer that labels
 * content, and the `sentiment` fields of Idea and Comment. Reads ideas and comments by SQL and
 * their GraphQL models; never imports realtime.
 */
@Module({
  providers: [CommentSentimentFieldResolver, IdeaSentimentFieldResolver, SentimentLabellingJob, SentimentLoader, SentimentRepository],
  exports: [SentimentLabellingJob, SentimentLoader, SentimentRepository],
})
export class SentimentModule {}
