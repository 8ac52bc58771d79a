-- DEMO CONTENT: runs only in demo mode (see DemoMode). Example people and logins; every
-- demo account has the password "demo" (Argon2id hash below). The organisations are the real
-- parties of the NTNU–NHO agreement. Idempotent: rows that exist are left as they are.

insert into organisation (name, short_name, org_number)
values ('Norges teknisk-naturvitenskapelige universitet', 'NTNU', '974767880'),
       ('Næringslivets Hovedorganisasjon', 'NHO', '955600436')
on conflict (org_number) do nothing;

insert into user_account (username, display_name, email, password_hash, organisation_id)
select demo.username, demo.display_name, demo.email,
       '{argon2}$argon2id$v=19$m=16384,t=2,p=1$Ne+MV9+GQXOPOtNwqg8YeQ$2h1Yn3xdA88XrZuUu9VjzzelrQLRzMjsNUXZf1pK0M0',
       (select id from organisation where short_name = demo.organisation)
from (values ('admin', 'Demo Administrator', 'admin@example.org', null),
             ('prorektor', 'Kari Nordmann', 'prorektor@example.org', 'NTNU'),
             ('avdelingsdirektor', 'Ola Hansen', 'avdelingsdirektor@example.org', 'NHO'),
             ('sekretaer', 'Ingrid Berg', 'sekretaer@example.org', 'NTNU'),
             ('ntnu', 'Per Johansen', 'ntnu@example.org', 'NTNU'),
             ('nho', 'Eva Larsen', 'nho@example.org', 'NHO'),
             ('leser', 'Lars Nilsen', 'leser@example.org', 'NHO'))
         as demo (username, display_name, email, organisation)
on conflict (username) do nothing;

insert into user_account_role (account_id, role)
select account.id, demo.role
from (values ('admin', 'ADMIN'),
             ('prorektor', 'STEERING_GROUP'),
             ('avdelingsdirektor', 'STEERING_GROUP'),
             ('sekretaer', 'SECRETARY'),
             ('ntnu', 'CONTRIBUTOR'),
             ('nho', 'CONTRIBUTOR'),
             ('leser', 'READER'))
         as demo (username, role)
join user_account account on account.username = demo.username
on conflict do nothing;
