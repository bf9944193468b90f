import { Injectable } from '@nestjs/common';
import { StripeClient } from './stripe.client';

@Injectable()
export class BillingService {
  constructor(private readonly stripe: StripeClient) {}

  async charge(customerId: string, amountCents: number): Promise<string> {
    try {
      const intent = await this.stripe.createIntent(customerId, amountCents);
      return intent.id;
    } catch (err) {
      // expect: observability/print-logging
      console.error('charge failed', customerId, err);
      throw err;
    }
  }
}
