-- Parameters are declared by the modules that use them (issue 8 item 2), so the database must not list their names:
-- the CHECK tied value_money to the two dibao standards by name and would refuse any other money parameter a module
-- declares. Which kind a parameter is, and so which column holds it, is the declaring definition's business
-- (ParameterStore writes value_money for every money parameter); the non-negative check on the amount stays.
alter table policy_parameter_version drop constraint policy_version_money;
