import { NextResponse, type NextRequest } from 'next/server';

const collectHeaders = {
  // expect: security/cors-wildcard
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Allow-Methods': 'POST',
};

const pixelHeaders = {
  // expect: security/cors-wildcard
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=3600',
};

export function middleware(request: NextRequest) {
  if (request.nextUrl.pathname === '/pixel.js') return NextResponse.next({ headers: pixelHeaders });
  return NextResponse.next({ headers: collectHeaders });
}
